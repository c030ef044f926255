/** The command line: {@code build [--source DIR] [--output DIR]}. */
package org.kotkinguide.cli;
