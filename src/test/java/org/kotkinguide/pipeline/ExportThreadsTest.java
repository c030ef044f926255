package org.kotkinguide.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The three slow exports, as the build runs them ({@link StageRunner#beside}): the PDF and the
 * handouts at once, the EPUB after whichever ends first; the lines said in the order the stages are
 * named; and, when more than one fails, the mistake of the stage named first. Jobs stand in for the
 * conversions, so what is checked is the order, not Asciidoctor.
 */
class ExportThreadsTest {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final StageRunner stages =
            new StageRunner(new Progress(new PrintStream(console, true, StandardCharsets.UTF_8)));

    private static StageRunner.Job<Object> job(BuildStage stage, Runnable work) {
        return new StageRunner.Job<>(stage, () -> {
            work.run();
            return Stage.Done.of(null, "made " + stage.label());
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "never came");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void the_epub_is_made_on_the_thread_that_ends_first_and_the_lines_come_in_the_stages_order() throws Exception {
        // the book takes until the EPUB has started: only the handouts' thread can have started it
        CountDownLatch epubStarted = new CountDownLatch(1);
        Thread[] threads = new Thread[3];
        stages.beside(
                job(BuildStage.EXPORT_PDF, () -> {
                    threads[0] = Thread.currentThread();
                    await(epubStarted);
                }),
                job(BuildStage.EXPORT_HANDOUTS, () -> threads[1] = Thread.currentThread()),
                job(BuildStage.EXPORT_EPUB, () -> {
                    threads[2] = Thread.currentThread();
                    epubStarted.countDown();
                }));

        assertFalse(threads[0] == threads[1], "the PDF and the handouts at once");
        assertSame(threads[1], threads[2], "the EPUB after the handouts, which ended first");
        assertEquals(
                List.of(BuildStage.EXPORT_PDF, BuildStage.EXPORT_HANDOUTS, BuildStage.EXPORT_EPUB),
                stages.reports().stream().map(StageReport::stage).toList());
        assertEquals(
                List.of("made export PDF", "made export handouts", "made export EPUB"),
                console.toString(StandardCharsets.UTF_8)
                        .lines()
                        .map(l -> l.replaceAll(" in .*", ""))
                        .toList());
    }

    @Test
    void of_two_mistakes_the_one_of_the_stage_named_first_is_said_and_nothing_more_is_started() {
        // the handouts fail while the book is still being made; the book then fails too
        CountDownLatch handoutsFailed = new CountDownLatch(1);
        AtomicBoolean epubMade = new AtomicBoolean();
        IllegalStateException book = new IllegalStateException("the book");
        IllegalStateException handouts = new IllegalStateException("the handouts");

        IllegalStateException said = assertThrows(
                IllegalStateException.class,
                () -> stages.beside(
                        job(BuildStage.EXPORT_PDF, () -> {
                            await(handoutsFailed);
                            throw book;
                        }),
                        job(BuildStage.EXPORT_HANDOUTS, () -> {
                            handoutsFailed.countDown();
                            throw handouts;
                        }),
                        job(BuildStage.EXPORT_EPUB, () -> epubMade.set(true))));

        assertSame(book, said, "the PDF is named before the handouts");
        assertFalse(epubMade.get(), "no EPUB after a failure");
        assertTrue(stages.reports().isEmpty(), "nothing reported");
    }

    @Test
    void the_handouts_mistake_is_said_before_the_epubs_whichever_came_first() {
        // the book ends at once and its thread takes the EPUB, which fails; then the handouts fail
        CountDownLatch epubFailed = new CountDownLatch(1);
        IllegalStateException epub = new IllegalStateException("the EPUB");
        IllegalStateException handouts = new IllegalStateException("the handouts");

        IllegalStateException said = assertThrows(
                IllegalStateException.class,
                () -> stages.beside(
                        job(BuildStage.EXPORT_PDF, () -> {}),
                        job(BuildStage.EXPORT_HANDOUTS, () -> {
                            await(epubFailed);
                            throw handouts;
                        }),
                        job(BuildStage.EXPORT_EPUB, () -> {
                            epubFailed.countDown();
                            throw epub;
                        })));

        assertSame(handouts, said, "the handouts are named before the EPUB");
    }
}
