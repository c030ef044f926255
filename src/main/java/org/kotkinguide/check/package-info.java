/** Check stage: the finished site is checked before it is published (every link and asset resolves). */
package org.kotkinguide.check;
