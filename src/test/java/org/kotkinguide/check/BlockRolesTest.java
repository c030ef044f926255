package org.kotkinguide.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kotkinguide.content.ContentErrors;
import org.kotkinguide.content.GuideLoader;
import org.kotkinguide.support.GuideFolders;

/** A role the guide gives a meaning to, mistyped, stops the build at its line instead of printing an answer. */
class BlockRolesTest {
    @TempDir
    Path work;

    @Test
    void a_mistyped_role_or_a_block_glued_to_a_list_item_is_an_error_at_its_line_and_the_authors_own_roles_pass()
            throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(guide.resolve("content/chapters/roles.adoc"), """
                = Roles
                :jbake-type: chapter
                :jbake-order: 3

                . When did the river flood?
                +
                [.answers%collapsible]
                ====
                In spring.
                ====
                . Where does it rise?
                +
                [answer%collapsible]
                ====
                In the hills.
                ====

                [.note-says]
                The notes say the river floods.

                [.lead]
                A role of the author's own, for the look.

                ----
                [.answers] shown as typed in a listing
                ----

                [.answer%collapsible]
                ====
                Written right.
                ====

                . Why do rivers end in deltas?
                  A second line of the prompt.
                .What a strong answer does
                [.marking-guide%collapsible]
                ====
                It names the sea.
                ====

                . And the estuary?
                +
                .What a strong answer does
                [.marking-guide%collapsible]
                ====
                Written right, with its "+".
                ====
                """);
        ContentErrors errors = new ContentErrors();
        BlockRoles.run(GuideLoader.load(guide), errors);
        assertEquals(
                List.of(
                        "content/chapters/roles.adoc:7: unknown role '.answers' (did you mean 'answer'?)",
                        "content/chapters/roles.adoc:13: 'answer' is a role, written with a dot: [.answer%collapsible]",
                        "content/chapters/roles.adoc:18: unknown role '.note-says' (did you mean 'notes-say'?)",
                        "content/chapters/roles.adoc:35: '.What a strong answer does' right under a list item's"
                                + " text is read as more of that text and shown as typed: put a line with only '+'"
                                + " before it to attach the block to the item, or a blank line to end the list"),
                errors.all().stream()
                        .map(e -> e.toString().replaceAll(" \\((the guide's roles|as \\[).*$", ""))
                        .toList());
    }

    @Test
    void an_answer_written_without_its_example_block_is_an_error_at_its_role_line_that_shows_the_form()
            throws IOException {
        assertEquals(
                List.of("content/chapters/roles.adoc:9: the answer under [.answer%collapsible] must be an example"
                        + " block right under it, between two '====' lines (.Question? / [.answer%collapsible] /"
                        + " ==== / the answer / ====); found 'The allies paid tribute to Athens.', so the student"
                        + " PDF would print it under its question, unnumbered"),
                errorsIn("""
                        [#self-check]
                        == Self-check

                        .Who paid tribute?
                        [.answer%collapsible]
                        The allies paid tribute to Athens.
                        """));
    }

    @Test
    void an_answer_or_marking_guide_whose_role_line_the_book_does_not_read_is_an_error_there() throws IOException {
        // without '%collapsible', or with an id: the site may fold it, but the student PDF prints it in place
        assertEquals(
                List.of(
                        "content/chapters/roles.adoc:9: write [.answer] as [.answer%collapsible], alone on its"
                                + " line: the student PDF moves only such a block out of the text, and would print"
                                + " this answer under its question",
                        "content/chapters/roles.adoc:15: write [.answer%collapsible#why] as [.answer%collapsible],"
                                + " alone on its line: the student PDF moves only such a block out of the text, and"
                                + " would print this answer under its question"),
                errorsIn("""
                        [#self-check]
                        == Self-check

                        .Who paid tribute?
                        [.answer]
                        ====
                        The allies paid tribute to Athens.
                        ====

                        .Why?
                        [.answer%collapsible#why]
                        ====
                        For protection.
                        ====
                        """));
    }

    @Test
    void an_answer_or_marking_guide_in_any_block_but_one_between_four_equals_signs_is_an_error() throws IOException {
        // a sidebar, a blank line before the block, a longer delimiter, the title under the role: the book moves
        // none of them to its Answers appendix
        assertEquals(
                List.of(
                        "content/chapters/roles.adoc:8: the answer under [.answer%collapsible] must be an example"
                                + " block right under it, between two '====' lines; found '****'",
                        "content/chapters/roles.adoc:14: the answer under [%collapsible.answer] must be an example"
                                + " block right under it, between two '====' lines; found a blank line",
                        "content/chapters/roles.adoc:21: the answer under [.answer%collapsible] must be an example"
                                + " block right under it, between two '====' lines; found '====='",
                        "content/chapters/roles.adoc:26: the answer under [.answer%collapsible] must be an example"
                                + " block right under it, between two '====' lines; found '.Why?'",
                        "content/chapters/roles.adoc:35: the marking guide under [.marking-guide%collapsible] must"
                                + " be an example block right under it, between two '====' lines; found 'It names"
                                + " the sea.'"),
                errorsIn("""
                        == Self-check

                        .Where?
                        [.answer%collapsible]
                        ****
                        At the sea.
                        ****

                        .When?
                        [%collapsible.answer]

                        ====
                        In spring.
                        ====

                        .How?
                        [.answer%collapsible]
                        =====
                        Slowly.
                        =====

                        [.answer%collapsible]
                        .Why?
                        ====
                        Because.
                        ====

                        . An essay prompt.
                        +
                        .What a strong answer does
                        [.marking-guide%collapsible]
                        It names the sea.
                        """).stream()
                        .map(e -> e.replaceAll(" \\(\\.[^)]*\\)", "").replaceAll(", so the .*$", ""))
                        .toList());
    }

    @Test
    void an_empty_answer_or_marking_guide_is_an_error_at_its_role_line() throws IOException {
        assertEquals(
                List.of(
                        "content/chapters/roles.adoc:8: the answer under [.answer%collapsible] is empty: write the"
                                + " answer between its '====' lines",
                        "content/chapters/roles.adoc:15: the marking guide under [.marking-guide%collapsible] is"
                                + " empty: write the marking guide between its '====' lines"),
                errorsIn("""
                        == Self-check

                        .What was the term:delta[delta]?
                        [.answer%collapsible]
                        ====
                        ====

                        . An essay prompt.
                        +
                        .What a strong answer does
                        [.marking-guide%collapsible]
                        ====

                        // to write
                        ====
                        """));
    }

    @Test
    void an_answer_line_with_no_block_under_it_before_a_heading_or_the_end_is_an_error_at_that_line()
            throws IOException {
        String nothingUnder = ": [.answer%collapsible] has no answer under it: write the answer right under it"
                + " between two '====' lines (.Question? / [.answer%collapsible] / ==== / the answer / ====); as it"
                + " is, the site does not show its question there";
        assertEquals(
                List.of(
                        "content/chapters/roles.adoc:8" + nothingUnder,
                        "content/chapters/roles.adoc:15" + nothingUnder),
                errorsIn("""
                        == Self-check

                        .Why?
                        [.answer%collapsible]

                        == After

                        Text.

                        .Last?
                        [.answer%collapsible]
                        """));
    }

    /** The errors in a chapter whose body is {@code body}, its first line the chapter's line 5. */
    private List<String> errorsIn(String body) throws IOException {
        Path guide = GuideFolders.fixture("minimal", work);
        Files.writeString(
                guide.resolve("content/chapters/roles.adoc"),
                "= Roles\n:jbake-type: chapter\n:jbake-order: 3\n\n" + body);
        ContentErrors errors = new ContentErrors();
        BlockRoles.run(GuideLoader.load(guide), errors);
        return errors.all().stream().map(Object::toString).toList();
    }
}
