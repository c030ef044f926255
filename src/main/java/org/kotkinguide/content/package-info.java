/**
 * First stage of the build: read {@code jbake.properties}, the front matter of every page and the
 * references, and check them, so that every author mistake is reported with its file and line
 * before anything is rendered.
 */
package org.kotkinguide.content;
