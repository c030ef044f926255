package org.kotkinguide.model;

/**
 * What the guide is about, read from {@code jbake.properties}: nothing about a particular reading
 * lives in Java or templates.
 */
public record GuideSettings(
        String title,
        String subtitle,
        String language,
        String edition,
        String readingKey,
        String cslStyle) {
}
