package org.kotkinguide.build;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the console to our own progress lines: JBake, OrientDB and JRuby log only real problems. */
public final class Logging {
    private Logging() {
    }

    public static void quiet() {
        // OrientDB logs through java.util.logging and prints its start-up banner at INFO.
        Logger.getLogger("com.orientechnologies").setLevel(Level.SEVERE);
        Logger.getLogger("").setLevel(Level.SEVERE);
        System.setProperty("orientdb.installCustomFormatter", "false");
    }
}
