/**
 * Index stage: {@code search-index.js}, the guide's sections, terms and references as a classic
 * script (the search page that reads it is one of {@code assemble}'s generated pages) (no fetch, no modules: both fail on {@code file://}).
 */
package org.kotkinguide.index;
