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
}
