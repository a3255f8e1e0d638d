package dev.precis.repl;

import dev.precis.api.ArticleInput;
import dev.precis.api.Precis;
import dev.precis.api.SplitOptions;
import dev.precis.api.TranslationSettings;
import dev.precis.core.Document;
import dev.precis.core.Session;
import dev.precis.core.Span;
import dev.precis.html.InputKind;
import dev.precis.io.InputDocument;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a shell session remembers between commands: the loaded article, the option defaults
 * set with {@code set}, and the one {@link Session} whose models every command shares.
 */
public final class ShellState {
  /** Friendly names for option keys: {@code set lang es} sets {@code --to}. */
  private static final Map<String, String> ALIASES = Map.of("lang", "to", "language", "to");

  private final Session session;
  private final Map<String, String> settings = new TreeMap<>();
  private InputDocument article;

  public ShellState(Session session) {
    this.session = session;
  }

  public Session session() {
    return session;
  }

  public void load(InputDocument document) {
    this.article = document;
  }

  /** The loaded article, or null. */
  public InputDocument article() {
    return article;
  }

  /** The option key a user's name stands for ("lang" → "to"). */
  public static String key(String name) {
    String bare = name.replaceFirst("^-+", "");
    return ALIASES.getOrDefault(bare, bare);
  }

  public void set(String name, String value) {
    settings.put(key(name), value);
  }

  /** Removes a setting; false when it was not set. */
  public boolean unset(String name) {
    return settings.remove(key(name)) != null;
  }

  public Map<String, String> settings() {
    return Collections.unmodifiableMap(settings);
  }

  /**
   * The loaded article with its paragraphs and sentences numbered, one sentence per line:
   * "¶2" opens a paragraph, "[5]" is sentence 5 as other commands count it.
   */
  public String show(String splitter) {
    if (article == null) {
      return "";
    }
    Document doc = Precis.on(session).split(ArticleInput.from(article, InputKind.TEXT),
        new SplitOptions(splitter, TranslationSettings.NONE)).document();
    int[] paragraphOf = doc.sentenceParagraphs();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(article.source()).append(": ").append(doc.paragraphs().size())
        .append(" paragraphs, ").append(doc.sentences().size()).append(" sentences\n");
    for (int i = 0; i < paragraphOf.length; i++) {
      if (i == 0 || paragraphOf[i] != paragraphOf[i - 1]) {
        out.append("\n¶").append(paragraphOf[i] + 1).append('\n');
      }
      Span s = doc.sentences().get(i);
      out.append('[').append(i + 1).append("] ")
          .append(doc.text(s).replaceAll("\\s*[\\r\\n]+\\s*", " ")).append('\n');
    }
    return out.toString();
  }
}
