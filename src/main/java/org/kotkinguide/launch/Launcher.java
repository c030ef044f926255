package org.kotkinguide.launch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How to start this very tool again, as a command a person can paste: the launcher script beside
 * the jar (or in a distribution's {@code bin/}), else {@code java -jar} with the jar's full path,
 * else (classes in a folder, as in the tests) {@code java -cp} with the class path. A command that
 * names a jar by a relative path ("java -jar study-guide.jar") fails anywhere but in its folder.
 */
public final class Launcher {
    private Launcher() {}

    /** The command for the tool running now, with a path quoted when it needs to be. */
    public static String command() {
        Path code;
        try {
            code = Path.of(Launcher.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | SecurityException e) {
            return "study-guide";
        }
        return command(code, System.getProperty("os.name", "").startsWith("Windows"));
    }

    /** The command for the tool whose jar (or classes folder) is {@code code}. */
    static String command(Path code, boolean windows) {
        if (!Files.isRegularFile(code)) {
            return "java -cp " + quoted(System.getProperty("java.class.path"), windows) + " org.kotkinguide.cli.Main";
        }
        String script = windows ? "study-guide.cmd" : "study-guide";
        for (Path launcher : List.of(
                code.resolveSibling(script),
                code.getParent().resolveSibling("bin").resolve(script))) {
            if (Files.isRegularFile(launcher) && (windows || Files.isExecutable(launcher))) {
                return quoted(launcher.normalize().toString(), windows);
            }
        }
        return "java -jar " + quoted(code.toString(), windows);
    }

    private static String quoted(String text, boolean windows) {
        if (text.matches("[A-Za-z0-9_./:\\\\+-]+")) {
            return text;
        }
        return windows ? "\"" + text + "\"" : "'" + text.replace("'", "'\\''") + "'";
    }
}
