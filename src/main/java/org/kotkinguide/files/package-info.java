/**
 * Files the tool writes, through one door, so that a disk error (a full disk, a quota, a file grown
 * past a limit) names the file it happened in: the JDK's own message for a failed write is only the
 * system's, "No space left on device".
 */
package org.kotkinguide.files;
