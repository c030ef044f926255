package org.kotkinguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error messages name the line of a chapter, so a file must split into the same lines whether it was
 * saved on Windows (CRLF) or elsewhere, with or without a last newline, with blank lines kept.
 */
class LineSplittingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "one",
                "one\n",
                "one\ntwo",
                "one\r\ntwo\r\n",
                "\n\n",
                "\r\n",
                "a\r\n\r\nb",
                "a\rb\n",
                "a\r\r\nb",
                "= Title\n:jbake-order: 1\n\ntext\n"
            })
    void a_file_splits_into_the_lines_an_editor_shows(String text) {
        assertEquals(List.of(text.split("\r?\n", -1)), GuideLoader.lines(text));
    }
}
