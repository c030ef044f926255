package org.kotkinguide.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kotkinguide.support.GuideFolders;
import org.kotkinguide.support.RealGuide;

/** A page's type, on {@code <body>}, is a name no stylesheet gives a component, on every page of the site. */
@Tag("integration")
class PageTypeClassesTest {

    @Test
    void no_stylesheet_styles_a_page_type_as_if_it_were_a_component() throws IOException {
        StringBuilder css = new StringBuilder();
        try (Stream<Path> sheets = Files.list(GuideFolders.PROJECT.resolve("assets/css"))) {
            for (Path sheet : sheets.filter(s -> s.toString().endsWith(".css")).toList()) {
                css.append(Files.readString(sheet));
            }
        }
        Map<String, String> pageTypes = new TreeMap<>();
        for (String uri : RealGuide.site().pages()) {
            String type = RealGuide.site().page(uri).body().className();
            assertTrue(type.matches("page-[a-z-]+"), uri + " has <body class=\"" + type + "\">");
            pageTypes.put(type, uri);
        }
        assertTrue(pageTypes.size() >= 9, "every page type: " + pageTypes);
        Map<String, String> styled = new TreeMap<>();
        pageTypes.forEach((type, uri) -> {
            if (Pattern.compile("\\." + Pattern.quote(type) + "(?![\\w-])")
                    .matcher(css)
                    .find()) {
                styled.put(type, uri);
            }
        });
        assertEquals(Map.of(), styled, "page types a stylesheet uses as a class");
    }
}
