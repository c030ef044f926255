/**
 * {@code new DIR --title ...}: writes a small guide to start from, laid out with the tool's own
 * templates and assets (it writes none), and chapters that show every macro and block. It builds
 * clean as written.
 */
package org.kotkinguide.starter;
