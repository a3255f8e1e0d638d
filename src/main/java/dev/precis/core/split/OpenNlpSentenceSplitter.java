package dev.precis.core.split;

import dev.precis.core.Span;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's maximum-entropy detector with the Apache UD-EWT English model, as it comes: the
 * baseline the default splitter is measured against.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  public static final String NAME = "opennlp";
  private final SentenceModel model;

  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.model = model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Span> split(String text, Span paragraph) {
    // SentenceDetectorME keeps per-call state, so each call gets its own (the model is shared).
    opennlp.tools.util.Span[] found =
        new SentenceDetectorME(model).sentPosDetect(paragraph.slice(text));
    int[] ends = new int[found.length];
    for (int i = 0; i < found.length; i++) {
      ends[i] = paragraph.start() + found[i].getEnd();
    }
    return SentenceSplitter.piecesBetween(text, paragraph, ends, ends.length);
  }
}
