package org.kotkinguide.convert;

import java.util.function.Consumer;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * The process's one Asciidoctor. Starting JRuby costs seconds, so every build in a JVM (tests, the
 * preview server) shares it. Asciidoctor's warnings go to whoever is converting on this thread
 * (the options every conversion shares: {@link GuideOptions}).
 */
public final class AsciidoctorRuntime {
    private static Asciidoctor instance;
    private static final ThreadLocal<Consumer<LogRecord>> LISTENER = new ThreadLocal<>();

    private AsciidoctorRuntime() {}

    /** Whether this process has started Asciidoctor (and so JRuby) yet. */
    public static synchronized boolean started() {
        return instance != null;
    }

    /**
     * Starts Asciidoctor on a daemon thread, unless it is started, and converts a line, which loads
     * the converter's code; a {@link #get} meanwhile waits for this start.
     */
    public static void startInBackground() {
        if (started()) {
            return;
        }
        Thread start = new Thread(
                () -> {
                    try {
                        get().convert(
                                        "= Warming up\n\nA *first* conversion loads the converter's code.",
                                        org.asciidoctor.Options.builder().build());
                    } catch (RuntimeException e) {
                        // the next build starts it, and reports what is wrong
                    }
                },
                "start Asciidoctor");
        start.setDaemon(true);
        start.start();
    }

    public static synchronized Asciidoctor get() {
        if (instance == null) {
            instance = Asciidoctor.Factory.create();
            // every file Asciidoctor reads is reported, so the caches key on it (AsciidoctorReads)
            instance.rubyExtensionRegistry()
                    .loadClass(new java.io.ByteArrayInputStream(
                            AsciidoctorReads.HOOK.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            instance.registerLogHandler(record -> {
                Consumer<LogRecord> listener = LISTENER.get();
                if (listener != null && record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                    listener.accept(record);
                }
            });
        }
        return instance;
    }

    /** Runs {@code work} with Asciidoctor's warnings and errors sent to {@code listener}. */
    public static <T> T withWarningsTo(Consumer<LogRecord> listener, java.util.function.Supplier<T> work) {
        LISTENER.set(listener);
        try {
            return work.get();
        } finally {
            LISTENER.remove();
        }
    }
}
