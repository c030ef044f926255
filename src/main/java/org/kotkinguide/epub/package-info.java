/**
 * Package stage, e-reader side: the whole guide as one EPUB 3, converted by asciidoctorj-epub3 from
 * the same book text and with the same macros as the PDF.
 */
package org.kotkinguide.epub;
