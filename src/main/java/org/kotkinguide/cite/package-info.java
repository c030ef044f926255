/**
 * Citations: the {@code cite:key[pages]} macro that puts the works of {@code references.bib} in
 * chapters, and "Cite this page". The works themselves are read and formatted (citeproc-java, the
 * guide's CSL style) by {@link org.kotkinguide.content.ReferenceLibrary} while the content loads.
 */
package org.kotkinguide.cite;
