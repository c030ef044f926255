package org.kotkinguide.pdf;

import java.util.Locale;

/** Who the PDF is for: students get the self-check answers in an appendix, teachers next to each question. */
public enum Edition {
    STUDENT,
    TEACHER;

    public static Edition parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown PDF edition '" + name + "': use student or teacher");
        }
    }
}
