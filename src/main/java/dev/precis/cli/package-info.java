/**
 * The picocli command line: commands parse options and call the core. Main is the only class
 * that touches the process (streams, exit code).
 */
package dev.precis.cli;
