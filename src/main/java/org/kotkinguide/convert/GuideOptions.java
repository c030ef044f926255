package org.kotkinguide.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.kotkinguide.content.ContentError;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideSource;
import org.kotkinguide.content.PageImages;
import org.kotkinguide.macros.MacroSite;

/**
 * What every conversion of the guide shares, the site's pages, the PDFs and the EPUB alike, set here
 * only: SAFE mode read from one folder, line numbers for messages, section ids written one way (so a
 * link written for one output lands in all), the file the macros say they stand in, the guide's
 * macros and statement labels, and every Asciidoctor warning an error of the file being converted.
 */
public final class GuideOptions {
    /** How every conversion writes section ids: {@code == The Terror} is {@code #the-terror} everywhere. */
    private static final Map<String, Object> IDS = Map.of("idprefix", "", "idseparator", "-");

    private GuideOptions() {}

    /**
     * Options reading from {@code baseDir} (SAFE mode jails includes and images there), with
     * {@code file} named in the macros' messages and {@code attributes} of the conversion's own.
     */
    public static OptionsBuilder options(Path baseDir, String file, Map<String, Object> attributes) {
        return Options.builder()
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(baseDir.toFile())
                .attributes(Attributes.builder()
                        .attribute(MacroSite.SOURCE_ATTRIBUTE, file)
                        .attributes(IDS)
                        .attributes(attributes)
                        .build());
    }

    /**
     * Runs {@code work} on the process's Asciidoctor with this build's macros (which note no uses: only
     * the site's pages do), each warning an error at {@code file} and its line; an image the converter
     * cannot use is said at the page and line that show it, naming the {@code output} (the PDF, the EPUB).
     */
    public static <T> T converting(
            GuideSource source, ContentErrors errors, String file, String output, Function<Asciidoctor, T> work) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        Consumer<LogRecord> warnings = record -> {
            ContentError image = PageImages.at(source, record.getMessage());
            if (image != null) {
                errors.add(image.file(), image.line(), image.message() + " (in the " + output + ")");
            } else {
                errors.add(
                        file,
                        record.getCursor() == null ? 0 : record.getCursor().getLineNumber(),
                        record.getMessage());
            }
        };
        if (AT_ONCE.get() != null) {
            // a job of atOnce: the thread that started it holds Asciidoctor for this build
            GuideMacros.useOnThisThread(source, errors);
            try {
                return AsciidoctorRuntime.withWarningsTo(warnings, () -> work.apply(asciidoctor));
            } finally {
                GuideMacros.leaveThisThread();
            }
        }
        synchronized (asciidoctor) {
            GuideMacros.use(asciidoctor, source, errors, PageUses.none());
            return AsciidoctorRuntime.withWarningsTo(warnings, () -> work.apply(asciidoctor));
        }
    }

    /** Set on the threads of {@link #atOnce} while their job runs. */
    private static final ThreadLocal<Boolean> AT_ONCE = new ThreadLocal<>();

    /**
     * Runs {@code jobs} at once, each on a thread of its own, all on the process's one Asciidoctor, and
     * returns their results in order once every one has ended; when any failed, throws the first
     * failure in that order (so the error a build reports does not depend on which thread ended first).
     * Each job loads the Ruby code it needs (asciidoctor-pdf, asciidoctor-epub3) in its own time:
     * JRuby's {@code require} lets one thread load a file while the others that need it wait.
     *
     * <p>One Asciidoctor, not one each: AsciidoctorJ documents Asciidoctor as thread-safe and one
     * instance as the way to convert many documents ("Ruby Runtime" in its guide), and its one known
     * failure converting PDFs to streams from many threads (asciidoctorj#1158) is fixed since 2.5.8
     * (we use 2.5.13). JRuby runs Ruby threads on both cores (no global lock); asciidoctor-pdf and
     * Prawn keep their state in each document's converter, Asciidoctor registers converters in a
     * concurrent-ruby map (bundled with asciidoctorj-pdf), and asciidoctor-epub3 changes folder only
     * to unpack an EPUB we never ask it to. A second instance would be a second JRuby to start
     * and warm up (seconds of CPU on a 2-core machine) for each build. What is not thread-safe is
     * ours, and is handled here: the lock {@link #converting} takes (held by this thread for all the
     * jobs), and the macros' errors (each job's own, {@link GuideMacros#useOnThisThread}).
     */
    public static <T> List<T> atOnce(List<Callable<T>> jobs) {
        Asciidoctor asciidoctor = AsciidoctorRuntime.get();
        synchronized (asciidoctor) {
            // the jobs' macros are their own, but the stand-ins they reach through must be registered first
            GuideMacros.register(asciidoctor);
            List<FutureTask<T>> tasks = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (Callable<T> job : jobs) {
                FutureTask<T> task = new FutureTask<>(() -> {
                    AT_ONCE.set(true);
                    try {
                        return job.call();
                    } finally {
                        AT_ONCE.remove();
                    }
                });
                // the stack size is the JVM's -Xss, which the launcher sets for Asciidoctor's parser
                Thread thread = new Thread(task, "export " + (tasks.size() + 1));
                tasks.add(task);
                threads.add(thread);
            }
            threads.forEach(Thread::start);
            List<T> results = new ArrayList<>();
            Throwable failed = null;
            for (FutureTask<T> task : tasks) {
                try {
                    results.add(task.get());
                } catch (ExecutionException e) {
                    failed = failed != null ? failed : e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the outputs were made", e);
                }
            }
            if (failed instanceof RuntimeException e) {
                throw e;
            } else if (failed instanceof Error e) {
                throw e;
            } else if (failed instanceof java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } else if (failed != null) {
                throw new IllegalStateException(failed);
            }
            return results;
        }
    }

    /** Runs {@code work} with each Asciidoctor warning or error recorded as an error at {@code file} and its line. */
    static <T> T warningsAsErrors(ContentErrors errors, String file, Supplier<T> work) {
        return AsciidoctorRuntime.withWarningsTo(
                record -> errors.add(
                        file,
                        record.getCursor() == null ? 0 : record.getCursor().getLineNumber(),
                        record.getMessage()),
                work);
    }
}
