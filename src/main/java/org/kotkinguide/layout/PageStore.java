package org.kotkinguide.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store for one bake, with the pages in memory. JBake's own writes every page into
 * an OrientDB database and our renderer then deletes them one by one with their index entries:
 * about 0.4 s a build at 1,000 chapters, for a store that each bake starts empty and throws away.
 * {@link GuideOven} bakes without opening a database at all. Only what the crawler and
 * {@link PagesRenderingTool} use is kept here; JBake's index, feed, tag and archive pages, which
 * would query the database, are off in {@code jbake.properties}.
 */
final class PageStore extends ContentStore {
    /** By source path (e.g. {@code chapters/x.adoc}), in crawl order. */
    private final Map<String, DocumentModel> pages = new LinkedHashMap<>();

    PageStore() {
        super("memory", "unused");
    }

    @Override
    public void addDocument(DocumentModel document) {
        pages.put(document.getSourceuri(), document);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String sourceUri) {
        DocumentList<DocumentModel> found = new DocumentList<>();
        if (pages.containsKey(sourceUri)) {
            found.add(pages.get(sourceUri));
        }
        return found;
    }

    @Override
    public void deleteContent(String sourceUri) {
        pages.remove(sourceUri);
    }

    @Override
    public long getDocumentCount(String docType) {
        return pages.values().stream()
                .filter(page -> docType.equals(page.getType()))
                .count();
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> unrendered = new DocumentList<>();
        pages.values().stream()
                .filter(page -> !Boolean.TRUE.equals(page.getRendered()))
                .forEach(unrendered::add);
        return unrendered;
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        pages.values().removeIf(page -> docType.equals(page.getType()));
    }
}
