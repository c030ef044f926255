/**
 * Package stage, paper side: the guide as one PDF for class (student or teacher edition) and one
 * handout per chapter, converted by asciidoctorj-pdf with the same macros as the site.
 */
package org.kotkinguide.pdf;
