package org.kotkinguide.convert;

import java.util.Map;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * {@code include::https://…[]}: with reading the web off (no network in a build) Asciidoctor would
 * publish a link to the address in place of the text the author meant to include. An error at the
 * include's line instead. Holds nothing of a build: registered once.
 */
final class RemoteIncludeRefused extends IncludeProcessor {
    /** What Asciidoctor takes for an address ({@code Helpers.uriish?}): a scheme of two or more characters and ':'. */
    private static final Pattern ADDRESS = Pattern.compile("^\\p{Alpha}[\\p{Alnum}.+-]+:/{0,2}");

    @Override
    public boolean handles(String target) {
        return target.contains(":") && ADDRESS.matcher(target).find();
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        // the include's line is already read: the reader is at the next
        int line = Math.max(1, reader.getLineNumber() - 1);
        log(new LogRecord(
                Severity.ERROR,
                new GuideOptions.At(reader.getFile(), line),
                "include::" + target + "[] includes from the web, which a build never reads (it would publish a"
                        + " link instead): save the text into the content folder and include that file"));
    }
}
