/**
 * Assemble stage: the pages made from the guide as a whole rather than from one source file: the
 * single-page edition, the search, download and 404 pages, and the sitemap.
 */
package org.kotkinguide.assemble;
