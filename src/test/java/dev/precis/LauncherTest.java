package dev.precis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/precis's first-run build, in a copy of the launcher and pom with no jar yet: the Maven it
 * starts is the real one, run up to `validate` instead of `package` to keep the test short,
 * and what it prints must hold no terminal escape codes (Maven 3.8 wrote colour resets).
 */
class LauncherTest {
  @TempDir Path home;

  @Test
  void firstRunBuildPrintsNoEscapeCodes() throws Exception {
    Path realMvn = Path.of("/usr/bin/mvn");
    Assumptions.assumeTrue(Files.isExecutable(realMvn), "no Maven at /usr/bin/mvn");
    Files.createDirectories(home.resolve("bin"));
    Files.copy(Path.of("bin/precis"), home.resolve("bin/precis"));
    Files.copy(Path.of("pom.xml"), home.resolve("pom.xml"));
    Path fakeBin = Files.createDirectories(home.resolve("path"));
    Path mvn = fakeBin.resolve("mvn");
    Files.writeString(mvn, String.join("\n", "#!/bin/bash",
        "args=()",
        "for a in \"$@\"; do [[ $a == package ]] && a=validate; args+=(\"$a\"); done",
        "exec " + realMvn + " -o \"${args[@]}\"", ""));
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder launcher = new ProcessBuilder("sh", home.resolve("bin/precis").toString(),
        "--version").redirectErrorStream(true);
    launcher.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
    launcher.environment().remove("MAVEN_OPTS");
    Process p = launcher.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertThat(printed).contains("precis: first run, building");
    assertThat(printed).as("what the first run printed").doesNotContain("\u001b[");
  }
}
