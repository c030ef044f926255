/** The glossary: the {@code term:id[]} macro that links a word in a chapter to its entry. */
package org.kotkinguide.glossary;
