package org.kotkinguide.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.RubyInstanceConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.support.BuildRun;
import org.kotkinguide.support.GuideFolders;

/**
 * The process's JRuby is started for a short build (README, "the launcher"; docs/benchmarks.md): it
 * compiles a Ruby method only once it has run 1,000 times, not after its default 50, and it starts
 * without RubyGems, which the PDF and EPUB converters load when they are first needed
 * ({@code pdf/ConverterLoadingTest}); its objects keep their instance variables in a table, which the
 * quick compiler reaches faster than a field per variable.
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
    void the_process_asciidoctor_keeps_ruby_objects_instance_variables_in_a_table() {
        // the test JVMs are started without -Djruby.reify.variables, as the launcher starts a build
        org.jruby.Ruby ruby = JRubyRuntimeContext.get(AsciidoctorRuntime.get());
        Object probe = ruby.evalScriptlet(
                "class KotkinGuideProbe; def initialize; @a = 1; @b = 2; end; end; KotkinGuideProbe.new");
        assertEquals(org.jruby.RubyObject.class, probe.getClass(), "not a class made with a field per variable");
    }

    /**
     * A gem Asciidoctor asks for while it converts (rouge, for a chapter's {@code :source-highlighter:
     * rouge}) loads RubyGems then. In a JVM of its own: this one may have loaded RubyGems for a PDF.
     */
    @Test
    void a_chapter_that_highlights_code_with_rouge_builds_in_a_fresh_jvm(@TempDir Path work) throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        Path chapter = guide.resolve("content/chapters/mouths.adoc");
        String text = Files.readString(chapter);
        int endOfHeader = text.indexOf("\n\n");
        Files.writeString(
                chapter,
                text.substring(0, endOfHeader) + "\n:source-highlighter: rouge" + text.substring(endOfHeader)
                        + "\n[source,ruby]\n----\nputs 'a delta' if true\n----\n");
        BuildRun build = BuildRun.buildInFreshJvm(guide, work.resolve("site"), java.util.Map.of());
        assertEquals(0, build.exitCode(), build.out());
        // JRuby starts beside the reading of the guide: its warm-up and the macros' registration must not
        // load Asciidoctor's extension code twice (a race, seen in two of three cold builds before the fix)
        assertFalse(build.out().contains("already initialized constant"), build.out());
        assertTrue(
                Files.readString(work.resolve("site/chapters/mouths.html")).contains("<pre class=\"rouge highlight\">"),
                "the code is highlighted by rouge");
    }

    /**
     * A teacher drafts with {@code --no-pdf}, then builds with the PDFs: every page is kept, so the first
     * conversions of that JVM are the book's and a handout's, at once. Each made the guide's extension
     * classes ("warning: already initialized constant AsciidoctorJ::Extensions::IncludeProcessor", seen in
     * two of three such builds before the fix). The build with the PDFs in a JVM of its own: this one has
     * made them. The draft only fills the cache, which names the same tool and the same user's key in this
     * JVM, so it is built here: a second fresh JVM would start JRuby once more for nothing the test reads.
     */
    @Test
    void the_pdfs_after_a_draft_without_them_are_made_without_a_ruby_warning(@TempDir Path work) throws Exception {
        Path guide = GuideFolders.fixture("minimal", work);
        BuildRun draft = BuildRun.build(guide, work.resolve("site"));
        assertEquals(0, draft.exitCode(), draft.out() + draft.err());

        BuildRun full = BuildRun.buildInFreshJvm(guide, work.resolve("site"), java.util.Map.of(), new String[0]);
        assertEquals(0, full.exitCode(), full.out());
        assertTrue(full.out().contains("unchanged since the last build, kept"), "every page kept:\n" + full.out());
        assertTrue(full.out().contains("wrote downloads/study-guide.pdf"), full.out());
        assertFalse(full.out().contains("warning"), full.out());
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
