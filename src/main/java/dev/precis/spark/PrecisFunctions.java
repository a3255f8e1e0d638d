package dev.precis.spark;

import dev.precis.api.ArticleInput;
import dev.precis.api.KeywordsOptions;
import dev.precis.api.QuotesOptions;
import dev.precis.api.SplitOptions;
import dev.precis.api.SplitResult;
import dev.precis.api.SummarizeOptions;
import dev.precis.api.SummaryResult;
import dev.precis.core.Document;
import dev.precis.core.Span;
import dev.precis.core.keywords.KeyphraseExtractor.Keyphrase;
import dev.precis.core.quotes.Quote;
import dev.precis.html.InputKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * precis for people composing their own Spark pipelines: each function returns the Dataset
 * with one result column added, computed from a text column (plain text, or HTML reduced to
 * its article first). Offsets are in code points of the article text, end exclusive, as in
 * the JSON output. Models load once per executor JVM; a row whose text is null, or on which
 * precis fails, gets null in the new column.
 *
 * <pre>{@code
 * Dataset<Row> withSummaries = PrecisFunctions.withSummary(articles, "text", "summary",
 *     SummarizeOptions.builder().sentences(2).build());
 * }</pre>
 */
public final class PrecisFunctions {
  private PrecisFunctions() {}

  /** A column's value from an article's text, computed on an executor. */
  private interface Compute extends Serializable {
    Object apply(String text);
  }

  private static final StructType SPAN_TEXT = new StructType()
      .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
      .add("text", DataTypes.StringType);

  /** Adds {@code column}: the sentences as {@code array<struct<start, end, text>>}. */
  public static Dataset<Row> withSentences(Dataset<Row> data, String textColumn, String column) {
    return withColumn(data, textColumn, column, DataTypes.createArrayType(SPAN_TEXT), text -> {
      SplitResult r = ExecutorPrecis.precis().split(input(text), SplitOptions.DEFAULTS);
      Document d = r.document();
      List<Row> rows = new ArrayList<>();
      for (Span s : d.sentences()) {
        rows.add(spanRow(d.text(), s, d.text(s)));
      }
      return seq(rows);
    });
  }

  /** Adds {@code column}: the summary's sentences as {@code array<struct<start, end, text>>}. */
  public static Dataset<Row> withSummary(Dataset<Row> data, String textColumn, String column,
      SummarizeOptions options) {
    return withColumn(data, textColumn, column, DataTypes.createArrayType(SPAN_TEXT), text -> {
      SummaryResult r = ExecutorPrecis.precis().summarize(input(text), options);
      List<Row> rows = new ArrayList<>();
      Document d = r.summary().article().document();
      for (int k : r.summary().chosen()) {
        Span s = d.sentences().get(r.summary().article().sentenceIndex(k));
        rows.add(spanRow(d.text(), s, d.text(s)));
      }
      return seq(rows);
    });
  }

  private static final StructType QUOTE = new StructType()
      .add("kind", DataTypes.StringType).add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType).add("text", DataTypes.StringType)
      .add("speaker", DataTypes.StringType).add("cue", DataTypes.StringType);

  /**
   * Adds {@code column}: the quotes as {@code array<struct<kind, start, end, text, speaker,
   * cue>>} (speaker and cue null when not found).
   */
  public static Dataset<Row> withQuotes(Dataset<Row> data, String textColumn, String column,
      QuotesOptions options) {
    return withColumn(data, textColumn, column, DataTypes.createArrayType(QUOTE), text -> {
      var r = ExecutorPrecis.precis().quotes(input(text), options);
      Document d = r.document();
      List<Row> rows = new ArrayList<>();
      for (Quote q : r.quotes()) {
        rows.add(RowFactory.create(q.kind().label(), codePoint(d.text(), q.span().start()),
            codePoint(d.text(), q.span().end()), d.text(q.span()), q.speaker(),
            q.cue() == null ? null : d.text(q.cue())));
      }
      return seq(rows);
    });
  }

  private static final StructType PHRASE = new StructType()
      .add("phrase", DataTypes.StringType).add("score", DataTypes.DoubleType)
      .add("count", DataTypes.IntegerType);

  /**
   * Adds {@code column}: the key phrases, best first, as
   * {@code array<struct<phrase, score, count>>}.
   */
  public static Dataset<Row> withKeyphrases(Dataset<Row> data, String textColumn, String column,
      KeywordsOptions options) {
    return withColumn(data, textColumn, column, DataTypes.createArrayType(PHRASE), text -> {
      List<Row> rows = new ArrayList<>();
      for (Keyphrase p : ExecutorPrecis.precis().keywords(input(text), options).phrases()) {
        rows.add(RowFactory.create(p.phrase(), p.score(), p.occurrences().size()));
      }
      return seq(rows);
    });
  }

  private static ArticleInput input(String text) {
    return new ArticleInput(null, text, null, false, InputKind.AUTO);
  }

  private static Row spanRow(String text, Span s, String spanText) {
    return RowFactory.create(codePoint(text, s.start()), codePoint(text, s.end()), spanText);
  }

  private static int codePoint(String text, int charOffset) {
    return text.codePointCount(0, charOffset);
  }

  private static Object seq(List<?> values) {
    return CollectionConverters.asScala(values).toSeq();
  }

  /** The rows of {@code data} with one more column, computed a partition at a time. */
  private static Dataset<Row> withColumn(Dataset<Row> data, String textColumn, String column,
      DataType type, Compute compute) {
    int index = data.schema().fieldIndex(textColumn);
    StructType schema = data.schema().add(new StructField(column, type, true,
        org.apache.spark.sql.types.Metadata.empty()));
    MapPartitionsFunction<Row, Row> addColumn = rows -> new Iterator<Row>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        Object[] values = new Object[row.size() + 1];
        for (int i = 0; i < row.size(); i++) {
          values[i] = row.get(i);
        }
        values[row.size()] = row.isNullAt(index) ? null
            : computeOrNull(compute, row.getString(index));
        return RowFactory.create(values);
      }
    };
    return data.mapPartitions(addColumn, Encoders.row(schema));
  }

  private static Object computeOrNull(Compute compute, String text) {
    try {
      return compute.apply(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
