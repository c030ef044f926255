/**
 * The guide in memory: chapters in reading order, glossary terms, references, and where each term
 * and citation is used. Built once per build; templates read it and never query anything else.
 */
package org.kotkinguide.model;
