/**
 * The interactive shell on JLine: line editing, history, completion, paging. The only
 * package that imports JLine; it runs the same picocli commands as the command line.
 */
package dev.precis.repl;
