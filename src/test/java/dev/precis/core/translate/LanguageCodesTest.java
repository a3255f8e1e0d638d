package dev.precis.core.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.core.UnknownNameException;
import org.junit.jupiter.api.Test;

class LanguageCodesTest {
  @Test
  void acceptsIso6391And6393() {
    assertThat(LanguageCodes.toIso3("es")).isEqualTo("spa");
    assertThat(LanguageCodes.toIso3("SPA")).isEqualTo("spa");
    assertThat(LanguageCodes.toIso3("ca")).isEqualTo("cat");
    assertThat(LanguageCodes.toIso3("gl")).isEqualTo("glg");
    assertThat(LanguageCodes.toIso1("glg")).isEqualTo("gl");
    assertThat(LanguageCodes.displayName("cat")).isEqualTo("Catalan");
  }

  @Test
  void rejectsWhatIsNotACode() {
    assertThatThrownBy(() -> LanguageCodes.toIso3("spanish")).isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("spanish");
    assertThatThrownBy(() -> LanguageCodes.toIso3("e1")).isInstanceOf(UnknownNameException.class);
  }

  @Test
  void readsApertiumPairNamesWithVariants() {
    assertThat(ApertiumTranslator.parsePair("eng-cat_valencia", "-"))
        .isEqualTo(new LanguagePair("eng", "cat", "eng-cat_valencia"));
    assertThat(ApertiumTranslator.parsePair("en-gl", "-")).isEqualTo(new LanguagePair("eng", "glg", "en-gl"));
    assertThat(ApertiumTranslator.parsePair("Available pairs:", "-")).isNull();
  }
}
