/**
 * Convert stage: every page's AsciiDoc made into HTML by the process's one Asciidoctor (JRuby starts once),
 * in SAFE mode, with the guide's macros, noting the files Asciidoctor read; converted pages kept between builds.
 */
package org.kotkinguide.convert;
