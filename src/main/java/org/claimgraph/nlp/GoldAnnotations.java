package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark NLP annotation columns built straight from treebank words, so that tagging and parsing are
 * scored on the gold tokenisation: re-tokenising would misalign predicted and gold words.
 *
 * <p>One row per sentence: {@code id} (index in the list), {@code text} (the words joined by single
 * spaces), {@code document} and {@code sentence} (one annotation over the whole text), {@code token}
 * (one per word, end inclusive as in Spark NLP) and, when asked, {@code gold_pos} with the XPOS tags.
 */
public final class GoldAnnotations {
  private GoldAnnotations() {}

  public static final String ID = "id";
  public static final String GOLD_POS = "gold_pos";

  public static Dataset<Row> of(SparkSession spark, List<UniversalDependencies.Sentence> sentences,
      boolean withGoldPos) {
    List<Row> rows = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      rows.add(row(i, sentences.get(i).words(), withGoldPos));
    }
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField(ID, DataTypes.IntegerType, false),
        DataTypes.createStructField(NlpColumns.TEXT, DataTypes.StringType, false),
        annotationField(NlpColumns.DOCUMENT, "document"),
        annotationField(NlpColumns.SENTENCE, "document"),
        annotationField(NlpColumns.TOKEN, "token")));
    if (withGoldPos) {
      fields.add(annotationField(GOLD_POS, "pos"));
    }
    // Few partitions of many rows: the perceptrons are cheap per sentence, task overhead is not.
    int partitions = Math.max(1, Math.min(8, sentences.size() / 500));
    return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)))
        .repartition(partitions);
  }

  private static Row row(int id, List<UniversalDependencies.Word> words, boolean withGoldPos) {
    StringBuilder text = new StringBuilder();
    List<Row> tokens = new ArrayList<>(words.size());
    List<Row> tags = new ArrayList<>(words.size());
    for (UniversalDependencies.Word w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(w.form());
      int end = text.length() - 1;
      tokens.add(annotation("token", begin, end, w.form(), Map.of("sentence", "0")));
      tags.add(annotation("pos", begin, end, w.xpos(), Map.of("sentence", "0", "word", w.form())));
    }
    String t = text.toString();
    Row whole = annotation("document", 0, t.length() - 1, t, Map.of("sentence", "0"));
    List<Object> values = new ArrayList<>(List.of(id, t, List.of(whole), List.of(whole), tokens));
    if (withGoldPos) {
      values.add(tags);
    }
    return RowFactory.create(values.toArray());
  }

  private static Row annotation(String type, int begin, int end, String result,
      Map<String, String> metadata) {
    return RowFactory.create(type, begin, end, result, metadata, new float[0]);
  }

  private static StructField annotationField(String name, String annotatorType) {
    Metadata meta = new MetadataBuilder().putString("annotatorType", annotatorType).build();
    return DataTypes.createStructField(name,
        com.johnsnowlabs.nlp.Annotation$.MODULE$.arrayType(), true, meta);
  }
}
