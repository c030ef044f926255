/**
 * The JVM settings a build starts fastest with, shared by the command line (which relaunches a
 * plain {@code java -jar} with them) and the benchmark (which starts builds with them, from its own
 * jar), so neither depends on the other.
 */
package org.kotkinguide.launch;
