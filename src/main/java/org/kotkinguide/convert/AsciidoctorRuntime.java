package org.kotkinguide.convert;

import java.util.List;
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
    /** Whether a conversion has said how long it waited for the start ({@link #firstUseSinceStart}). */
    private static boolean startTold;

    private static final ThreadLocal<Consumer<LogRecord>> LISTENER = new ThreadLocal<>();
    /** Where Asciidoctor is while it resolves a file's path: its jail's warnings name no place of their own. */
    private static final ThreadLocal<GuideOptions.At> RESOLVING = new ThreadLocal<>();

    /**
     * Ruby, for {@code RubyExtensionRegistry.loadClass}: notes the including line (while reading) or the
     * block (while converting) around each file Asciidoctor resolves, embeds or inlines, so that
     * "include file has illegal reference to ancestor of jail" or "image to embed not found" is said
     * at that line.
     */
    static final String WHERE_HOOK = """
            require 'java'
            module KotkinGuideWhere
              def kotkin_guide_at
                where = (::Asciidoctor::Document === self) ? (reader.cursor rescue nil) :
                    ((source_location rescue nil) || (parent.source_location rescue nil))
                runtime = Java::OrgKotkinguideConvert::AsciidoctorRuntime
                outer = runtime.resolvingAt((where && where.file) ? where.file.to_s : nil, where ? where.lineno.to_i : 0)
                begin
                  yield
                ensure
                  runtime.resolved outer
                end
              end
              def normalize_system_path target, start = nil, jail = nil, opts = {}
                kotkin_guide_at { super target, start, jail, opts }
              end
              def generate_data_uri target_image, asset_dir_key = nil
                kotkin_guide_at { super target_image, asset_dir_key }
              end
              def read_contents target, opts = {}
                kotkin_guide_at { super target, opts }
              end
            end
            Asciidoctor::AbstractNode.prepend KotkinGuideWhere
            """;

    private AsciidoctorRuntime() {}

    /**
     * True once a process, at the first conversion after Asciidoctor started: that build says how long it
     * waited for the start, whether it started it or found it starting in the background.
     */
    static synchronized boolean firstUseSinceStart() {
        if (instance == null || startTold) {
            return false;
        }
        startTold = true;
        return true;
    }

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
                        Asciidoctor started = get();
                        // under the lock every conversion takes: a build that registers the guide's macros
                        // meanwhile would load Asciidoctor's extension code a second time, beside this
                        // conversion ("already initialized constant AsciidoctorJ::Extensions::...")
                        synchronized (started) {
                            started.convert(
                                    "= Warming up\n\nA *first* conversion loads the converter's code.",
                                    org.asciidoctor.Options.builder().build());
                        }
                    } catch (RuntimeException e) {
                        // the next build starts it, and reports what is wrong
                    }
                },
                "start Asciidoctor");
        start.setDaemon(true);
        start.start();
    }

    /**
     * How often a Ruby method runs before JRuby compiles it to bytecode (a class each, which the JVM
     * then compiles again); JRuby's own is 50. At 50 a build compiles far more methods than pay back
     * in one run: this guide's 54 pages converted in 0.8-0.9 s against 1.3-1.4 s, and its full build with
     * PDFs was no slower (docs/benchmarks.md). {@code -Djruby.jit.threshold} still decides when given.
     */
    static final int JIT_THRESHOLD = 1000;

    /**
     * Whether JRuby keeps a Ruby object's instance variables in Java fields of a class made for its
     * class, reached through method handles, rather than in a plain table. The quick compiler a one-off
     * build runs with does not inline those handles: a clean build of this guide with its PDFs took
     * about 5% less CPU with the table (7 of 8 pairs), pages without PDFs no more, and the warm server,
     * with the optimising compiler, no more either (docs/benchmarks.md). {@code -Djruby.reify.variables}
     * still decides when given.
     */
    static final String REIFY_VARIABLES = "jruby.reify.variables";

    public static synchronized Asciidoctor get() {
        if (instance == null) {
            // read whenever JRuby makes a Ruby class, not only as it starts: set for the process
            if (System.getProperty(REIFY_VARIABLES) == null) {
                System.setProperty(REIFY_VARIABLES, "false");
            }
            instance = startWithoutRubyGems();
            if (System.getProperty("jruby.jit.threshold") == null) {
                org.asciidoctor.jruby.internal.JRubyRuntimeContext.get(instance)
                        .getInstanceConfig()
                        .setJitThreshold(JIT_THRESHOLD);
            }
            // every file Asciidoctor reads is reported, so the caches key on it (AsciidoctorReads)
            loadRuby(instance, AsciidoctorReads.HOOK);
            loadRuby(instance, WHERE_HOOK);
            instance.registerLogHandler(record -> {
                Consumer<LogRecord> listener = LISTENER.get();
                if (listener != null && record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                    GuideOptions.At at = RESOLVING.get();
                    listener.accept(
                            (record.getCursor() == null || record.getCursor().getLineNumber() <= 0) && at != null
                                    ? new LogRecord(record.getSeverity(), at, record.getMessage())
                                    : record);
                }
            });
        }
        return instance;
    }

    /**
     * Ruby, loaded into a JRuby started without RubyGems: a {@code require} of a file not on the load
     * path (a gem's, such as rouge for {@code :source-highlighter: rouge}) loads RubyGems and is tried
     * again, as it would have been found with RubyGems loaded from the start. RubyGems then puts its own
     * {@code require} in front of this one.
     */
    static final String REQUIRE_LOADS_RUBYGEMS = """
            module Kernel
              alias_method :kotkin_guide_require_without_gems, :require
              private :kotkin_guide_require_without_gems
              def require path
                kotkin_guide_require_without_gems path
              rescue ::LoadError
                raise if defined?(::Gem::Specification)
                kotkin_guide_require_without_gems 'rubygems'
                require path
              end
              private :require
            end
            """;

    /**
     * Where AsciidoctorJ's jar holds Asciidoctor's Ruby files ("gems/asciidoctor-2.0.23/lib"), found by
     * listing the jar; null when it cannot tell.
     */
    private static String asciidoctorLib() {
        try {
            java.security.CodeSource source = org.asciidoctor.jruby.internal.JRubyAsciidoctor.class
                    .getProtectionDomain()
                    .getCodeSource();
            if (source == null) {
                return null;
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                    java.nio.file.Path.of(source.getLocation().toURI()).toFile())) {
                return jar.stream()
                        .map(java.util.jar.JarEntry::getName)
                        .filter(name -> name.matches("gems/asciidoctor-[0-9][^/]*/lib/asciidoctor\\.rb"))
                        .map(name -> name.substring(0, name.length() - "/asciidoctor.rb".length()))
                        .findFirst()
                        .orElse(null);
            }
        } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The system property that tells JRuby whether to load RubyGems as it starts. */
    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";

    /**
     * Asciidoctor in a JRuby that has not loaded RubyGems: loading it is about 0.7 s of JRuby's start
     * (created alone, 1.8-1.9 s against 2.6 s), and pages convert to HTML with Asciidoctor's own files,
     * put on the load path here. {@link #activateBookGems} loads RubyGems before the first PDF or EPUB,
     * whose converters are gems with gems of their own. Where Asciidoctor's files are not where this
     * AsciidoctorJ puts them, Asciidoctor starts as AsciidoctorJ starts it.
     */
    private static Asciidoctor startWithoutRubyGems() {
        String lib = asciidoctorLib();
        if (lib == null) {
            return Asciidoctor.Factory.create();
        }
        // JRuby reads the property as it starts the runtime: set for that moment only. Not under the
        // properties' lock: the JDK takes it inside its own (TimeZone's default, set by the first date
        // format), and a start on the background thread held it while the build's thread made a date
        // format: each waited for the other. Only one start runs at a time ({@link #get} is synchronized).
        String before = System.getProperty(RUBYGEMS);
        System.setProperty(RUBYGEMS, "false");
        try {
            Asciidoctor started =
                    org.asciidoctor.jruby.internal.JRubyAsciidoctor.create(List.of("uri:classloader:/" + lib));
            loadRuby(started, REQUIRE_LOADS_RUBYGEMS);
            return started;
        } finally {
            if (before == null) {
                System.clearProperty(RUBYGEMS);
            } else {
                System.setProperty(RUBYGEMS, before);
            }
        }
    }

    /**
     * Called from Ruby around each file Asciidoctor resolves or reads: where it is ({@code file} null for
     * the page itself, {@code line} 0 when it does not know). Returns where it was, for {@link #resolved}.
     */
    public static Object resolvingAt(String file, int line) {
        GuideOptions.At outer = RESOLVING.get();
        if (line > 0) {
            RESOLVING.set(new GuideOptions.At(file, line));
        }
        return outer;
    }

    /** Called from Ruby when a file is resolved or read: back to where it was ({@code outer} from {@link #resolvingAt}). */
    public static void resolved(Object outer) {
        if (outer instanceof GuideOptions.At at) {
            RESOLVING.set(at);
        } else {
            RESOLVING.remove();
        }
    }

    /**
     * Ruby, run once before the first PDF or EPUB: activates asciidoctor-pdf, asciidoctor-epub3 and every
     * gem they need. While any active gem's dependency is unresolved, RubyGems checks each {@code require}
     * against the files of every active gem, and through JRuby's class loader each check searches every
     * jar of the class path: loading the two converters took 18 s of a full build (5.8 s and 12.4 s,
     * measured in docs/benchmarks.md). With all of them resolved, a require is a plain load-path lookup
     * (3.7 s for both). Nothing else changes: the same gems, in the same versions, load either way.
     * RubyGems itself is loaded here first: JRuby starts without it ({@link #startWithoutRubyGems}).
     */
    static final String BOOK_GEMS = """
            require 'rubygems'
            gem 'asciidoctor-pdf'
            gem 'asciidoctor-epub3'
            Gem.finish_resolve
            """;

    private static boolean bookGemsActive;

    /** Makes loading the PDF and EPUB converters fast ({@link #BOOK_GEMS}); the first call only does anything. */
    public static synchronized void activateBookGems() {
        if (!bookGemsActive) {
            loadRuby(get(), BOOK_GEMS);
            bookGemsActive = true;
        }
    }

    /**
     * AsciidoctorJ makes the Ruby class of each kind of the guide's extensions (inline macro, tree processor,
     * include processor, preprocessor) when a document first uses that kind. The book and a handout
     * converting at once, with no page converted before them in this process (every page kept from the
     * last build), could both make one and print "warning: already initialized constant
     * AsciidoctorJ::Extensions::IncludeProcessor". One small conversion with the extensions, called
     * under {@code asciidoctor}'s lock before the books start, makes them once.
     */
    public static void makeExtensionKinds(Asciidoctor asciidoctor) {
        GuideMacros.makeKinds(asciidoctor);
    }

    /** Runs Ruby {@code code} (a hook, an extension of a converter) in {@code asciidoctor}'s JRuby. */
    public static void loadRuby(Asciidoctor asciidoctor, String code) {
        asciidoctor
                .rubyExtensionRegistry()
                .loadClass(new java.io.ByteArrayInputStream(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
