package org.kotkinguide.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM settings a build starts fastest with, given to whatever command the user typed. The
 * launcher script {@code mvn package} writes ({@code target/study-guide}) passes them itself; a plain
 * {@code java -jar target/study-guide-0.1.0.jar build} starts a second JVM with them, which costs a
 * JVM start (a tenth of a second) and saves about half of a cold build (measured: 13.4–14.1 s
 * without them, 6.7–7.3 s with, 200 chapters).
 */
public final class FastStart {
    /** Set by the launcher and by a relaunch: this JVM already has the settings. */
    static final String LAUNCHED = "study-guide.launched";
    /** The class-data-sharing archive {@code mvn package} records beside the jar. */
    static final String ARCHIVE = "study-guide.jsa";

    private FastStart() {}

    /**
     * The settings for {@code command}: a bigger thread stack (Asciidoctor's parser recurses deeply),
     * the serial collector (a build's heap is small and short-lived), the classes {@code mvn package}
     * recorded mapped rather than loaded, and for a one-off build only the quick compiler (C2 never
     * pays for itself in a few seconds; a preview server, which rebuilds for hours, keeps it).
     */
    static List<String> flags(String command, Path archive) {
        List<String> flags = new ArrayList<>(pomFlags("always"));
        if (!command.equals("serve")) {
            flags.addAll(pomFlags("quick"));
        }
        if (archive != null && Files.isRegularFile(archive)) {
            // an archive from another jar or JDK is ignored by the JVM: a slower start, never a failure
            flags.add("-XX:SharedArchiveFile=" + archive);
            flags.add("-Xlog:cds*=off");
        }
        return flags;
    }

    /** The flags on line {@code key=} of jvm-flags.txt, which Maven fills in from pom.xml, where they are written once. */
    private static List<String> pomFlags(String key) {
        String file = "jvm-flags.txt";
        try (InputStream in = FastStart.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing beside " + FastStart.class.getName());
            }
            String line = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith(key + "="))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + key + "= in " + file));
            return List.of(line.substring(key.length() + 1).strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code args} in a JVM with the fast settings when this one was started without them from
     * the jar; returns its exit code, or -1 when this JVM should run the command itself.
     */
    public static int relaunchIfNeeded(String[] args) {
        Path jar = ownJar();
        if (System.getProperty(LAUNCHED) != null || System.getenv("STUDY_GUIDE_NO_RELAUNCH") != null || jar == null) {
            return -1;
        }
        // the user's own JVM options (-Xmx, -D...) come along, after ours so that they win
        List<String> command = command(jar, args.length > 0 ? args[0] : "", userOptions(), "jar");
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // a locale that is not UTF-8 (LANG=C) would leave this JVM unable to open a folder named
            // "für": the second JVM reads file names as UTF-8, as the launchers start it
            if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))) {
                builder.environment().put("LC_ALL", "C.UTF-8");
            }
            Process child = builder.start();
            // Ctrl+C reaches both JVMs; a kill of this one alone must not leave a preview server behind
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return child.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * The start of a command line that runs {@code jar} in this Java with the fast settings for
     * {@code command} and then {@code options}; {@code launcher} names who started it (the JVM does
     * not start another). The arguments go after it.
     */
    public static List<String> command(Path jar, String command, List<String> options, String launcher) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(flags(command, jar.resolveSibling(ARCHIVE)));
        line.addAll(options);
        line.add("-D" + LAUNCHED + "=" + launcher);
        line.add("-jar");
        line.add(jar.toString());
        return line;
    }

    /**
     * The command that starts {@code mainClass} of this tool in a JVM that stays running (the warm build
     * server): the settings a preview server gets (the optimising compiler kept, since it builds again and
     * again), then {@code options}, on this JVM's class path.
     */
    public static List<String> serverCommand(String mainClass, List<String> options) {
        Path jar = ownJar();
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(flags("serve", jar != null ? jar.resolveSibling(ARCHIVE) : null));
        line.addAll(options);
        line.add("-D" + LAUNCHED + "=warm");
        line.add("-cp");
        // this JVM's own: the jar alone under target/ (its manifest names the libraries beside it), every jar of
        // lib/ in an installed copy (whose script lists them), the classes folders in the tests
        line.add(System.getProperty("java.class.path"));
        line.add(mainClass);
        return line;
    }

    /**
     * The JVM options of this JVM that the user gave (with {@code STUDY_GUIDE_JAVA_OPTS}, or before
     * {@code -jar}): those it was started with, less the tool's own settings.
     */
    public static List<String> userOptions() {
        List<String> ours = new ArrayList<>(pomFlags("always"));
        ours.addAll(pomFlags("quick"));
        List<String> options = new ArrayList<>();
        List<String> given;
        try {
            given = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (ExceptionInInitializerError e) {
            // a JVM that cannot encode its own folder's name (LANG=C in "für") cannot start its management
            // classes either: the second JVM, in UTF-8, does the work without the user's options
            given = List.of();
        }
        for (String arg : given) {
            boolean tools = ours.contains(arg)
                    || arg.startsWith("-XX:SharedArchiveFile=")
                    || arg.startsWith("-Xlog:cds")
                    || arg.startsWith("-D" + LAUNCHED + "=");
            if (!tools) {
                options.add(arg);
            }
        }
        return options;
    }

    /** The jar this class runs from, or null when it runs from a folder of classes (the tests). */
    private static Path ownJar() {
        try {
            Path location = Path.of(FastStart.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.toString().endsWith(".jar") && Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
