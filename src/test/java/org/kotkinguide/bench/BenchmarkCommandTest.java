package org.kotkinguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs for minutes: a mistyped option must stop it before it starts, saying why. */
class BenchmarkCommandTest {

    private static void assertRefused(String expected, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, said);
        assertTrue(said.contains(expected), said);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing measured");
    }

    @Test
    void an_unknown_or_incomplete_option_is_refused_before_anything_runs() {
        assertRefused("Missing required parameter for option '--chapters'", "--chapters");
        assertRefused("Unknown options: '--pdf'", "--chapters", "10", "--pdf", "0");
        assertRefused("'two hundred' is not an int", "--chapters", "10,two hundred");
    }
}
