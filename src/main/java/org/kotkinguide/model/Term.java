package org.kotkinguide.model;

import java.util.List;

/** A glossary entry, from {@code content/glossary/<id>.adoc}. */
public record Term(
        String id,
        String name,
        List<String> aliases,
        String category,
        String shortDefinition,
        List<String> related,
        String uri) {

    /** The letter the glossary index files the term under. */
    public String letter() {
        return name.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }
}
