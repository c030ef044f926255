package org.kotkinguide.build;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the console to our own progress lines: JBake, OrientDB and JRuby log only real problems. */
public final class Logging {
    private Logging() {
    }

    public static void quiet() {
        // OrientDB and Asciidoctor log through java.util.logging. OrientDB's banner is noise, and
        // every Asciidoctor message already reaches our own handler, which reports it with file and line.
        Logger.getLogger("com.orientechnologies").setLevel(Level.OFF);
        Logger.getLogger("").setLevel(Level.OFF);
        System.setProperty("orientdb.installCustomFormatter", "false");
    }
}
