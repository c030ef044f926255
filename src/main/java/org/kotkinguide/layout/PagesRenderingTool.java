package org.kotkinguide.layout;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every page of the guide once. JBake's own DocumentsRenderer asks the content store for
 * every document of a type for each page it renders (for previous/next links), which grows with
 * the square of the number of pages; our templates take their neighbours from the guide's model.
 * Registered as a JBake rendering tool, it runs before JBake's (our jar comes first on the class
 * path) and then clears the store, so JBake's finds nothing left to render.
 */
public final class PagesRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<String> failures = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int rendered = 0;
        List<DocumentModel> pages = db.getUnrenderedContent();
        if (renderer instanceof GuidePageRenderer ours) {
            ours.prepare(pages);
        }
        for (DocumentModel document : pages) {
            try {
                renderer.render(document);
                rendered++;
            } catch (Exception e) {
                failures.add(failure(e));
            }
            if (!types.contains(document.getType())) {
                types.add(document.getType());
            }
        }
        if (renderer instanceof GuidePageRenderer ours) {
            try {
                ours.finish(); // the pages still being cleaned on other cores are written
            } catch (Exception e) {
                failures.add(failure(e));
            }
        }
        types.forEach(db::deleteAllByDocType);
        if (!failures.isEmpty()) {
            throw new RenderingException("Failed to render documents:\n" + String.join("\n", failures));
        }
        return rendered;
    }

    /** What a page's failure says; a file the disk refused is no fault of the page: the build stops, naming the file. */
    private static String failure(Exception e) {
        FileSystemException disk = diskError(e);
        if (disk != null) {
            throw new UncheckedIOException(disk);
        }
        return e.getMessage();
    }

    /** The file error under a page's failure, if that is what it was (a template's mistake is not one). */
    private static FileSystemException diskError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException disk) {
                return disk;
            }
        }
        return null;
    }

    @Override
    @Deprecated
    public int render(
            Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return render(renderer, db, null);
    }
}
