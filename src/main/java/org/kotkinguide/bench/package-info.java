/**
 * The benchmark: synthetic guides of N chapters made by the project's own generator, built and
 * measured (see docs/benchmarks.md). Not part of a normal build.
 */
package org.kotkinguide.bench;
