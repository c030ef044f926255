/**
 * The build as a whole: runs the stages in order (load content, render the site, ...), prints one
 * progress line per stage, and publishes the output only when every stage succeeded.
 */
package org.kotkinguide.pipeline;
