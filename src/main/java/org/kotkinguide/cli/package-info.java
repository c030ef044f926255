/**
 * The command line: one picocli command per verb ({@code build}, {@code serve}, {@code check},
 * {@code new}), each with {@code --help} and {@code --version}; {@link
 * org.kotkinguide.launch.FastStart} restarts a plain {@code java -jar} with the fast JVM settings.
 */
package org.kotkinguide.cli;
