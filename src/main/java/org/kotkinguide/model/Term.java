package org.kotkinguide.model;

import java.util.List;

/**
 * A glossary entry, from {@code content/glossary/<id>.adoc}. {@code sortAs} is what the glossary
 * files it under: its {@code :jbake-sort-as:}, else for a person "Surname, First names", else its name.
 */
public record Term(
        String id,
        String name,
        List<String> aliases,
        String category,
        String shortDefinition,
        List<String> related,
        String uri,
        String sortAs) {

    /** The glossary category of people: filed by surname, and listed in the who's who. */
    public static final String PERSON = "Person";

    public Term {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
    }

    /** What a term is filed under when its page does not say: "Stalin, Joseph" for the person "Joseph Stalin". */
    public static String defaultSortAs(String name, String category) {
        String plain = name.replaceAll("\\s*\\([^)]*\\)$", "").strip();
        int lastSpace = plain.lastIndexOf(' ');
        return category.equals(PERSON) && lastSpace > 0
                ? plain.substring(lastSpace + 1) + ", " + plain.substring(0, lastSpace)
                : name;
    }

    public boolean isPerson() {
        return category.equals(PERSON);
    }
}
