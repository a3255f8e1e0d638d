package dev.precis.core.quotes.model;

import dev.precis.core.quotes.CueJudge;
import dev.precis.core.quotes.Quote;
import dev.precis.core.quotes.TaggedSentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained attribution model of {@code precis quotes -x model|combined}: two OpenNLP
 * maximum-entropy classifiers learnt from PolNeAR's training split. The cue model says which
 * words cue reported speech (beliefs and stances too, as PolNeAR annotates them); the quote
 * filter says which quotes the rules found are attributions at all. The words worth tagging a
 * sentence for come with it. Immutable and thread-safe.
 *
 * <p>File format: gzip of a header line, the cue words, then each model in OpenNLP's binary
 * form, length-prefixed.
 */
public final class QuoteModel {
  public static final String YES = "1";
  public static final String NO = "0";
  private static final String MAGIC = "precis quotes model 1";

  private final Set<String> cueWords;
  private final MaxentModel cues;
  private final MaxentModel quotes;
  private final int cueYes;
  private final int keepYes;

  public QuoteModel(Set<String> cueWords, MaxentModel cues, MaxentModel quotes) {
    this.cueWords = Set.copyOf(cueWords);
    this.cues = cues;
    this.quotes = quotes;
    this.cueYes = cues.getIndex(YES);
    this.keepYes = quotes.getIndex(YES);
  }

  /** The words (lower case) a sentence is tagged for, beyond the rules' lexicon. */
  public Set<String> cueWords() {
    return cueWords;
  }

  /** The probability that token {@code i} cues reported speech. */
  public double cueProbability(TaggedSentence s, int i, String lemma, boolean rulesSayCue) {
    return cues.eval(CueFeatures.of(s, i, lemma, rulesSayCue))[cueYes];
  }

  /** The probability that {@code quote}, as the rules found it, is an annotated attribution. */
  public double keepProbability(String text, Quote quote) {
    return quotes.eval(QuoteFeatures.of(text, quote))[keepYes];
  }

  /**
   * The judge the rules consult: the model alone decides ({@code orRules} false), or a word is
   * a cue when the rules or the model say so.
   */
  public CueJudge judge(boolean orRules) {
    return new CueJudge() {
      @Override
      public boolean mayBeCue(String lowerCaseWord) {
        return cueWords.contains(lowerCaseWord);
      }

      @Override
      public boolean isCue(TaggedSentence s, int i, String lemma, boolean rulesSayCue) {
        if (!isAsked(s, i)) {
          return orRules && rulesSayCue;
        }
        return orRules && rulesSayCue || cueProbability(s, i, lemma, rulesSayCue) >= 0.5;
      }
    };
  }

  /**
   * Whether the model judges token {@code i}: verbs only. PolNeAR's cues include adverbs
   * ("reportedly said"), but the rules read the content after the cue, so an adverb cue
   * would put the verb into the content.
   */
  public static boolean isAsked(TaggedSentence s, int i) {
    return s.is(i, "VERB");
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gzip);
    data.writeUTF(MAGIC);
    List<String> words = new TreeSet<>(cueWords).stream().toList();
    data.writeInt(words.size());
    for (String w : words) {
      data.writeUTF(w);
    }
    writeModel(data, cues);
    writeModel(data, quotes);
    data.flush();
    gzip.finish();
  }

  private static void writeModel(DataOutputStream data, MaxentModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new GenericModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist();
    data.writeInt(bytes.size());
    bytes.writeTo(data);
  }

  /** Reads a model written by {@link #write}; an IOException says what is wrong with it. */
  public static QuoteModel read(InputStream in) throws IOException {
    DataInputStream data;
    try {
      data = new DataInputStream(new GZIPInputStream(in));
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a quote model (not gzip)");
    }
    try {
      if (!data.readUTF().equals(MAGIC)) {
        throw new IOException("not a quote model (unknown header)");
      }
      int n = data.readInt();
      if (n < 0 || n > 1_000_000) {
        throw new IOException("not a quote model (bad word count)");
      }
      Set<String> words = new TreeSet<>();
      for (int i = 0; i < n; i++) {
        words.add(data.readUTF());
      }
      MaxentModel cues = readModel(data);
      MaxentModel quotes = readModel(data);
      return new QuoteModel(words, cues, quotes);
    } catch (java.io.EOFException | java.util.zip.ZipException | RuntimeException e) {
      throw new IOException("truncated or corrupt (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static MaxentModel readModel(DataInputStream data) throws IOException {
    int length = data.readInt();
    if (length <= 0 || length > 200_000_000) {
      throw new IOException("truncated or corrupt (bad model length)");
    }
    byte[] bytes = new byte[length];
    data.readFully(bytes);
    return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
        .getModel();
  }
}
