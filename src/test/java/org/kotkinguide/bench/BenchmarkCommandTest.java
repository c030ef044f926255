package org.kotkinguide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kotkinguide.support.BuildRun;

/** The benchmark runs for minutes: a mistyped option must stop it before it starts, saying why. */
class BenchmarkCommandTest {

    private static void assertRefused(String expected, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "bench";
        System.arraycopy(args, 0, line, 1, args.length);
        BuildRun run = BuildRun.run(line);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals("", run.out(), "nothing measured");
    }

    @Test
    void an_unknown_or_incomplete_option_is_refused_before_anything_runs() {
        assertRefused("Missing required parameter for option '--chapters'", "--chapters");
        assertRefused("Unknown option: '--pdf'", "--chapters", "10", "--pdf", "0");
        assertRefused("'two hundred' is not an int", "--chapters", "10,two hundred");
    }
}
