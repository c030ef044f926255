package org.kotkinguide.statements;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.StructuralNode;

/**
 * A kind of statement, marked in AsciiDoc by a block role ({@code [.notes-say]},
 * {@code [.guide-infers]}, {@code [.background]}) on a paragraph or a delimited block. Only what
 * the notes say may be cited to the reading.
 */
public enum Statement {
    NOTES_SAY("notes-say", "The reading, as the notes report it"),
    GUIDE_INFERS("guide-infers", "The guide infers"),
    BACKGROUND("background", "Background");

    private final String role;
    private final String label;

    Statement(String role, String label) {
        this.role = role;
        this.label = label;
    }

    /** The block role that marks it, e.g. {@code guide-infers}. */
    public String role() {
        return role;
    }

    /** The words a reader sees above it, e.g. "The guide infers". */
    public String label() {
        return label;
    }

    /** Whether the reading may be cited inside it. */
    public boolean mayCiteTheReading() {
        return this == NOTES_SAY;
    }

    /** The kind of the block itself, or null when it carries none of the roles. */
    public static Statement ofBlock(StructuralNode block) {
        for (Statement statement : values()) {
            if (block.hasRole(statement.role)) {
                return statement;
            }
        }
        return null;
    }

    /** The kind of the nearest marked block around {@code node}, or null when none is. */
    public static Statement around(ContentNode node) {
        for (ContentNode n = node; n != null; n = n.getParent()) {
            if (n instanceof StructuralNode block) {
                Statement statement = ofBlock(block);
                if (statement != null) {
                    return statement;
                }
            }
        }
        return null;
    }
}
