package org.kotkinguide.statements;

import java.util.Set;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.jsoup.Jsoup;

/**
 * Gives every block marked as a kind of {@link Statement} a title that names the kind ("The notes
 * say", "The guide infers", "Background"), before any converter sees the document. A block title is
 * something the site's HTML and asciidoctor-pdf print on every kind of block, so the kinds differ in
 * words in every output, not only by colour where a stylesheet reaches; asciidoctor-epub3 does not
 * (see {@link #EPUB_LABEL_INSIDE}), so there the label is put inside the block. A block that has a title of
 * its own keeps it, as plain text, after the label, without a caption number: "Background: The Treaty
 * of Riga".
 */
public class StatementLabels extends Treeprocessor {

    /**
     * Blocks whose title asciidoctor-epub3 drops (an open block: "--" around several paragraphs or a
     * list), prints after the content (a quote) or prints without the block's role (an example): in
     * the EPUB these get their label as the first thing inside them instead.
     */
    private static final Set<String> EPUB_LABEL_INSIDE = Set.of("open", "example", "quote", "sidebar");

    @Override
    public Document process(Document document) {
        label(document, "epub3".equals(document.getAttribute("backend")));
        return document;
    }

    private void label(StructuralNode node, boolean epub) {
        // a section's title is its heading: a role on a section marks its blocks' styling only
        Statement statement = node instanceof Document || node instanceof Section ? null : Statement.ofBlock(node);
        if (statement != null) {
            // getTitle() is already converted ("Q&amp;A"): set back as text, or it would be escaped twice
            String own =
                    node.getTitle() == null ? "" : Jsoup.parse(node.getTitle()).text();
            String label = own.isBlank() ? statement.label() : statement.label() + ": " + own;
            if (epub && EPUB_LABEL_INSIDE.contains(node.getContext())) {
                node.setTitle(null);
                // a passthrough: the label is text already, not AsciiDoc to substitute again
                node.getBlocks()
                        .add(
                                0,
                                createBlock(
                                        node,
                                        "pass",
                                        "<p class=\"statement-label\"><strong>"
                                                + label.replace("&", "&amp;")
                                                        .replace("<", "&lt;")
                                                        .replace(">", "&gt;") + "</strong></p>"));
            } else {
                node.setTitle(label);
            }
            // the label leads: no "Example 1." before it
            node.setCaption(null);
        }
        for (StructuralNode child : node.getBlocks()) {
            label(child, epub);
        }
    }
}
