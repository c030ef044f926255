package org.kotkinguide.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark runs for minutes: a mistyped option must stop it before it starts, saying why. */
class BenchmarkCommandTest {

    private static void assertRefused(String expected, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Benchmark.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing measured");
    }

    @Test
    void an_unknown_or_incomplete_option_is_refused_before_anything_runs() {
        assertRefused("not '--help'", "--help");
        assertRefused("not '--chapters'", "--chapters");
        assertRefused("not '--pdf'", "--chapters", "10", "--pdf", "0");
        assertRefused("whole numbers", "--chapters", "10,two hundred");
    }
}
