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
    void a_mistyped_answer_or_statement_role_is_an_error_at_its_line_and_the_authors_own_roles_pass()
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
                """);
        ContentErrors errors = new ContentErrors();
        BlockRoles.run(GuideLoader.load(guide), errors);
        assertEquals(
                List.of(
                        "content/chapters/roles.adoc:7: unknown role '.answers' (did you mean 'answer'?)",
                        "content/chapters/roles.adoc:13: 'answer' is a role, written with a dot: [.answer%collapsible]",
                        "content/chapters/roles.adoc:18: unknown role '.note-says' (did you mean 'notes-say'?)"),
                errors.all().stream()
                        .map(e -> e.toString().replaceAll(" \\((the guide's roles|as \\[).*$", ""))
                        .toList());
    }
}
