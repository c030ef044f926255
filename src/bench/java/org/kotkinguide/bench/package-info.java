/**
 * The benchmark: synthetic guides of N chapters made by the project's own generator, built and
 * measured (see docs/benchmarks.md). Its own source set (src/bench/java) and jar
 * ({@code target/study-guide-<version>-bench.jar}, run by {@code target/study-guide-bench}): not part
 * of the tool a teacher installs.
 */
package org.kotkinguide.bench;
