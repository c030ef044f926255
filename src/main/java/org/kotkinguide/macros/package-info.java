/**
 * What the guide's inline macros ({@code term:}, {@code cite:}) share: where a macro stands in the
 * source ({@link org.kotkinguide.macros.MacroSite}) and the link-with-tooltip they write ({@link
 * org.kotkinguide.macros.TipLink}). Kept out of {@code convert} so the macros need not depend on it.
 */
package org.kotkinguide.macros;
