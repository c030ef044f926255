/**
 * The warm build server: {@code build --warm} hands its build to a JVM that stays running, so JRuby's
 * start and warm-up are paid once, not by every build. The client and the server speak over a Unix
 * domain socket in this user's cache folder, which only this user may open.
 */
package org.kotkinguide.warm;
