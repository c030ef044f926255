package org.kotkinguide.pipeline;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the console to our own progress lines: JBake, Freemarker and JRuby log only real problems. */
public final class Logging {
    private Logging() {}

    public static void quiet() {
        // OrientDB and Asciidoctor log through java.util.logging. OrientDB's banner is noise, and
        // every Asciidoctor message already reaches our own handler, which reports it with file and line.
        Logger.getLogger("com.orientechnologies").setLevel(Level.OFF);
        Logger.getLogger("").setLevel(Level.OFF);
        System.setProperty("orientdb.installCustomFormatter", "false");
        // Freemarker picks log4j when it finds it (a test library brings it) and then logs every
        // template lookup; through SLF4J it follows logback.xml like the rest
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }
}
