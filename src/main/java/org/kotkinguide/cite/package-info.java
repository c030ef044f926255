/**
 * Citations: the works in {@code references.bib}, formatted by citeproc-java in the guide's CSL
 * style, and the {@code cite:key[pages]} macro that puts them in chapters.
 */
package org.kotkinguide.cite;
