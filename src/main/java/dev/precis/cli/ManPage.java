package dev.precis.cli;

import dev.precis.core.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (run by {@code mvn package}): writes the AsciiDoc man pages of precis and every
 * subcommand with picocli's generator, from the same command classes the tool runs, so the
 * manual cannot drift from the options. Asciidoctor then turns them into man(1) pages.
 */
public final class ManPage {
  private ManPage() {}

  public static void main(String[] args) throws IOException {
    RunContext context = new RunContext(new Session(), new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), new PrintWriter(new ByteArrayOutputStream()),
        Terminal.none(Map.of()));
    CommandLine root = Main.fullCommandLine(context);
    int code = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true,
        root.getCommandSpec());
    if (code != 0) {
      throw new IOException("man page generation failed with " + code);
    }
  }
}
