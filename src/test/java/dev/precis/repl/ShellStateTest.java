package dev.precis.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.core.Session;
import dev.precis.io.InputDocument;
import org.junit.jupiter.api.Test;

class ShellStateTest {
  private final ShellState state = new ShellState(new Session());

  @Test
  void settingsTakeOptionNamesAndFriendlyAliases() {
    state.set("--format", "markdown");
    state.set("lang", "es");
    assertThat(state.settings()).containsEntry("format", "markdown").containsEntry("to", "es");
    assertThat(state.unset("language")).isTrue();
    assertThat(state.unset("to")).isFalse();
    assertThat(state.settings()).containsOnlyKeys("format");
  }

  @Test
  void showNumbersParagraphsAndSentencesAsCommandsCountThem() {
    assertThat(state.show("precis")).isEmpty();
    state.load(new InputDocument("<paste>", "One here. Two\nwrapped.\n\nThree.", null));
    assertThat(state.show("precis")).isEqualTo("# <paste>: 2 paragraphs, 3 sentences\n\n¶1\n"
        + "[1] One here.\n[2] Two wrapped.\n\n¶2\n[3] Three.\n");
  }
}
