package org.kotkinguide.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.convert.AsciidoctorRuntime;

/**
 * The PDF and EPUB converters load with every gem they need already found: while one is missing,
 * RubyGems searches every jar of the class path for each file a converter requires, which made the
 * first PDF 6 s and the EPUB 12 s slower (docs/benchmarks.md).
 */
@Tag("integration")
class ConverterLoadingTest {
    @Test
    void loadingThePdfAndEpubConvertersLeavesNoGemToSearchFor() {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        AsciidoctorRuntime.activateBookGems();
        for (String library : new String[] {"asciidoctor/pdf", "asciidoctor-epub3"}) {
            asciidoctor
                    .rubyExtensionRegistry()
                    .loadClass(
                            new ByteArrayInputStream(("require '" + library + "'").getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(
                "[]",
                JRubyRuntimeContext.get(asciidoctor)
                        .evalScriptlet("Gem::Specification.unresolved_deps.keys.sort.inspect")
                        .toString(),
                "gems RubyGems would search the class path for at every require");
    }
}
