/**
 * Index stage: the search page and {@code search-index.js}, the guide's sections, terms and
 * references as a classic script (no fetch, no modules: both fail on {@code file://}).
 */
package org.kotkinguide.index;
