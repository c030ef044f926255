/**
 * Lay-out stage: JBake crawls the content with our AsciiDoc engine, which hands it the converted pages, and
 * renders every page through the Freemarker templates; laid-out pages kept between builds.
 */
package org.kotkinguide.layout;
