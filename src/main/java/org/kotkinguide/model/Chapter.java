package org.kotkinguide.model;

/** A chapter of the guide; {@code slug} is its file name and gives its URL {@code chapters/<slug>.html}. */
public record Chapter(String slug, String title, int order, String summary, String uri) {}
