/**
 * The three kinds of statement a guide keeps apart (what the notes say, what the guide infers,
 * background history): the block roles that mark them and the labels every output shows.
 */
package org.kotkinguide.statements;
