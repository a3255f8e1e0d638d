package dev.precis.cli;

import dev.precis.core.Session;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * What one run of the command line works with: the session (models, loaded lazily), the
 * three standard streams and the terminal, handed to every command by the picocli factory
 * instead of statics.
 */
public record RunContext(Session session, InputStream stdin, OutputStream stdout,
    PrintWriter stderr, Terminal terminal) {}
