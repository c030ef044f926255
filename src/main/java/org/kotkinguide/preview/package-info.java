/** The author's preview: serve the site locally and rebuild it, in the same warm JVM, on every edit. */
package org.kotkinguide.preview;
