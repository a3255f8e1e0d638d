package dev.precis.core;

import dev.precis.core.kinds.SentenceKind;
import java.util.List;
import java.util.Objects;

/**
 * An article and what the stages found in it, as spans into the original text. Immutable:
 * a stage returns a new document with its layer added, so a document can be shared freely.
 */
public final class Document {
  private final String text;
  private final List<Span> paragraphs;
  private final List<Span> sentences;
  /** One kind per sentence, or empty when no classifier ran (then every one is a sentence). */
  private final List<SentenceKind> kinds;

  private Document(String text, List<Span> paragraphs, List<Span> sentences,
      List<SentenceKind> kinds) {
    this.text = Objects.requireNonNull(text);
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.kinds = List.copyOf(kinds);
  }

  /** A document with its paragraphs found and no other layer. */
  public static Document of(String text) {
    return new Document(text, Paragraphs.split(text), List.of(), List.of());
  }

  /** This document with the given sentence layer; each sentence must lie in one paragraph. */
  public Document withSentences(List<Span> newSentences) {
    checkInsideParagraphs(newSentences);
    return new Document(text, paragraphs, newSentences, List.of());
  }

  /** This document with a kind for each of its sentences. */
  public Document withKinds(List<SentenceKind> newKinds) {
    if (newKinds.size() != sentences.size()) {
      throw new IllegalArgumentException(newKinds.size() + " kinds for " + sentences.size()
          + " sentences");
    }
    return new Document(text, paragraphs, sentences, newKinds);
  }

  /** What sentence {@code i} is; {@link SentenceKind#SENTENCE} when no classifier ran. */
  public SentenceKind kind(int i) {
    return kinds.isEmpty() ? SentenceKind.SENTENCE : kinds.get(i);
  }

  /** Whether a classifier has set the sentences' kinds. */
  public boolean hasKinds() {
    return !kinds.isEmpty();
  }

  public String text() {
    return text;
  }

  public List<Span> paragraphs() {
    return paragraphs;
  }

  public List<Span> sentences() {
    return sentences;
  }

  public String text(Span span) {
    return span.slice(text);
  }

  /** For each sentence, the index of the paragraph that holds it. */
  public int[] sentenceParagraphs() {
    int[] result = new int[sentences.size()];
    int p = 0;
    for (int i = 0; i < sentences.size(); i++) {
      while (paragraphs.get(p).end() < sentences.get(i).end()) {
        p++;
      }
      result[i] = p;
    }
    return result;
  }

  private void checkInsideParagraphs(List<Span> spans) {
    int p = 0;
    int previousEnd = 0;
    for (Span s : spans) {
      if (s.start() < previousEnd || s.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + s + " out of order or bounds");
      }
      while (p < paragraphs.size() && paragraphs.get(p).end() < s.end()) {
        p++;
      }
      if (p == paragraphs.size() || !paragraphs.get(p).contains(s)) {
        throw new IllegalArgumentException("sentence " + s + " crosses a paragraph break");
      }
      previousEnd = s.end();
    }
  }
}
