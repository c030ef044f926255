/**
 * What one command-line build keeps on disk for the next (converted pages, laid-out pages, PDFs),
 * beside the site and never inside it, so a build redoes only what its inputs changed.
 */
package org.kotkinguide.cache;
