/** Package stage, offline side: the whole site in one zip that works unzipped from {@code file://}. */
package org.kotkinguide.offline;
