package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.eval.SpeakerNameCheck.Problem;
import org.junit.jupiter.api.Test;

/** The broken names issue 11 saw in CNN output, and clean names and roles that are not. */
class SpeakerNameCheckTest {
  @Test
  void brokenNamesSeenInCnnOutput() {
    assertThat(SpeakerNameCheck.problem("Tuesday Johnson")).isEqualTo(Problem.WEEKDAY_MONTH);
    assertThat(SpeakerNameCheck.problem("Thursday")).isEqualTo(Problem.WEEKDAY_MONTH);
    assertThat(SpeakerNameCheck.problem("an")).isEqualTo(Problem.FUNCTION_WORD);
    assertThat(SpeakerNameCheck.problem("-")).isEqualTo(Problem.FUNCTION_WORD);
    assertThat(SpeakerNameCheck.problem("Camden Maine Follow Daniel Kish"))
        .isEqualTo(Problem.FURNITURE);
    assertThat(SpeakerNameCheck.problem("Instagram Darian Lonechild"))
        .isEqualTo(Problem.FURNITURE);
    assertThat(SpeakerNameCheck.problem("Watch Scheer")).isEqualTo(Problem.FURNITURE);
    assertThat(SpeakerNameCheck.problem("Nations")).isEqualTo(Problem.FRAGMENT);
    assertThat(SpeakerNameCheck.problem("House")).isEqualTo(Problem.FRAGMENT);
    assertThat(SpeakerNameCheck.problem("State John Kerry")).isEqualTo(Problem.FRAGMENT);
    assertThat(SpeakerNameCheck.problem("Scottsdale Ariz Phil Mickelson"))
        .isEqualTo(Problem.PLACE);
    assertThat(SpeakerNameCheck.problem("Glace Bay N.S Brooks")).isEqualTo(Problem.PLACE);
    assertThat(SpeakerNameCheck.problem("President Obama")).isEqualTo(Problem.TITLE);
    assertThat(SpeakerNameCheck.problem("’s spokesman")).isEqualTo(Problem.NO_LETTER);
  }

  @Test
  void cleanNamesOrganisationsAndRolesPass() {
    for (String ok : new String[] {"John Kerry", "the White House", "the United Nations",
        "The Washington Post", "State Department", "a federal judge", "police", "Twitter",
        "Human Rights Watch", "Jan Kubis", "La Jolla", "Another man", "Interior Ministry", "May", "Martin Luther King Jr.", "June Carter", "General Motors"}) {
      assertThat(SpeakerNameCheck.problem(ok)).as(ok).isNull();
    }
  }
}
