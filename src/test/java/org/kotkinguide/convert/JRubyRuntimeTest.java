package org.kotkinguide.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.RubyInstanceConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The process's JRuby is started for a short build (README, "the launcher"; docs/benchmarks.md): it
 * compiles a Ruby method only once it has run 1,000 times, not after its default 50, and it starts
 * without RubyGems, which the PDF and EPUB converters load when they are first needed
 * ({@code pdf/ConverterLoadingTest}).
 */
@Tag("integration")
class JRubyRuntimeTest {
    private static RubyInstanceConfig config() {
        return JRubyRuntimeContext.get(AsciidoctorRuntime.get()).getInstanceConfig();
    }

    @Test
    void the_process_asciidoctor_compiles_a_ruby_method_after_a_thousand_calls() {
        // the test JVMs are started without -Djruby.jit.threshold, as the launcher starts a build
        assertEquals(null, System.getProperty("jruby.jit.threshold"));
        assertEquals(1000, config().getJitThreshold());
    }

    @Test
    void jruby_starts_without_rubygems_and_converts_pages_all_the_same() {
        assertTrue(config().isDisableGems(), "JRuby was started with RubyGems");
        // and the property that told it so is not left set for anything started later
        assertEquals(null, System.getProperty("jruby.cli.rubygems.enable"));
        String html;
        synchronized (AsciidoctorRuntime.get()) {
            html = AsciidoctorRuntime.get()
                    .convert(
                            "= Deltas\n\nA *delta* forms where a river meets the sea.",
                            Options.builder().build());
        }
        assertTrue(html.contains("<strong>delta</strong>"), html);
    }
}
