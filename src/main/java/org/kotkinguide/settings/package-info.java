/**
 * A guide's settings: {@code jbake.properties} read once, strictly, into one typed {@link
 * org.kotkinguide.settings.Settings} record, with every default and every check in one place. Nothing
 * else in the build opens the file; JBake itself is given the values read here.
 */
package org.kotkinguide.settings;
