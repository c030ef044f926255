/**
 * Render stage: JBake crawls the content with our AsciiDoc engine (one Asciidoctor per process, the
 * guide's macros registered) and renders every page through the Freemarker templates.
 */
package org.kotkinguide.render;
