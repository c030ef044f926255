package org.kotkinguide.statements;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.jsoup.Jsoup;

/**
 * Gives every block marked as a kind of {@link Statement} a title that names the kind ("The notes
 * say", "The guide infers", "Background"), before any converter sees the document. A block title is
 * something every backend prints (the site's HTML, asciidoctor-pdf, EPUB), so the kinds differ in
 * words in every output, not only by colour where a stylesheet reaches. A block that has a title of
 * its own keeps it, as plain text, after the label, without a caption number: "Background: The Treaty
 * of Riga".
 */
public class StatementLabels extends Treeprocessor {

    @Override
    public Document process(Document document) {
        label(document);
        return document;
    }

    private static void label(StructuralNode node) {
        // a section's title is its heading: a role on a section marks its blocks' styling only
        Statement statement = node instanceof Document || node instanceof Section ? null : Statement.ofBlock(node);
        if (statement != null) {
            // getTitle() is already converted ("Q&amp;A"): set back as text, or it would be escaped twice
            String own = node.getTitle() == null ? "" : Jsoup.parse(node.getTitle()).text();
            node.setTitle(own.isBlank() ? statement.label() : statement.label() + ": " + own);
            // the label leads: no "Example 1." before it
            node.setCaption(null);
        }
        for (StructuralNode child : node.getBlocks()) {
            label(child);
        }
    }
}
