/**
 * Check stage: the finished site is checked before it is published (every link and asset resolves),
 * and nothing an author writes may become script (each converted page, raw HTML, the content folder's files,
 * the EPUB's XHTML documents).
 */
package org.kotkinguide.check;
