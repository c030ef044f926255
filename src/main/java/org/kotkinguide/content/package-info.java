/**
 * First stage of the build: with the settings the {@code settings} package read, read the front
 * matter of every page and the references, and check them, so that every author mistake is
 * reported with its file and line before anything is rendered.
 */
package org.kotkinguide.content;
