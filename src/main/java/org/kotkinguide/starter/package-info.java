/**
 * {@code new DIR --title ...}: writes a small guide to start from, with the project's templates and
 * assets and one chapter that shows every macro and block. It builds clean as written.
 */
package org.kotkinguide.starter;
