package dev.precis.core.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A machine translation backend. Implementations translate a whole batch (one document) per
 * call, never sentence by sentence, and keep alignment: N segments in, N translations out,
 * in order. Thread-safe.
 */
public interface Translator extends AutoCloseable {
  /** The backend's name as given to {@code --translator}. */
  String name();

  /**
   * Checks that the backend can run at all (binary installed, server reachable), so a run
   * fails before reading input; throws {@link dev.precis.core.InputException} or
   * {@link java.io.UncheckedIOException} with a one-line reason.
   */
  void checkAvailable();

  /** The directions this backend offers here, in a stable order. */
  List<LanguagePair> pairs();

  /**
   * Translates {@code segments} along {@code pair}. Segments hold no line breaks. With
   * {@code markUnknown} the engine's unknown-word marks are kept.
   */
  List<String> translate(LanguagePair pair, List<String> segments, boolean markUnknown);

  /**
   * As {@link #translate(LanguagePair, List, boolean)}, with {@code then} applied to each
   * translation; an engine that hands back translations one by one applies it to each as it
   * arrives, while the engine works on the next.
   */
  default List<String> translate(LanguagePair pair, List<String> segments, boolean markUnknown,
      UnaryOperator<String> then) {
    List<String> out = new ArrayList<>(translate(pair, segments, markUnknown));
    out.replaceAll(then);
    return out;
  }

  /**
   * What the engine's analyser knows of each word in {@code words}, for name protection;
   * empty when the backend cannot tell (the protector then relies on context alone).
   */
  default Map<String, WordClass> classify(LanguagePair pair, Set<String> words) {
    return Map.of();
  }

  /**
   * Called once the pair of a coming {@link #translate} call is known, with the size of the
   * text, so an engine with a slow start can start while the text is being prepared.
   */
  default void prepare(LanguagePair pair, List<String> segments, boolean markUnknown) {}

  /** Ends what the backend keeps running between documents (engine processes). */
  @Override
  default void close() {}

  /** Whether names must be masked before translation (true for rule-based engines). */
  default boolean needsNameProtection() {
    return true;
  }

  /** How an engine's source-language analyser reads a capitalised word. */
  enum WordClass {
    /** A proper noun or acronym the engine knows and translates on purpose (London → Londres). */
    PROPER,
    /** A proper noun the engine knows as a given name (Donald, Holly): a name follows. */
    GIVEN_NAME,
    /** A proper noun that is also a common word (Marks, Bill): the tagger may pick either. */
    NAME_OR_WORD,
    /** Not in the dictionary: passed through unchanged anyway. */
    UNKNOWN,
    /** Content-word readings and no proper noun (trump, boot, may): at risk of being translated. */
    COMMON,
    /** Only function-word readings (am, the, in). */
    OTHER
  }
}
