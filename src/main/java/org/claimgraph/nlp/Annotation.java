package org.claimgraph.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Runs the NLP pipeline over articles and derives what the tables need from its annotations. */
public final class Annotation {
  private Annotation() {}

  /** Adds the annotation columns (document, sentence, token, pos, ner, entities, …) to each article. */
  public static Dataset<Row> annotate(Dataset<Row> articles, LoadedModel model) {
    return model.pipeline().transform(articles);
  }

  /** The articles with their sentence and token counts, annotation columns dropped. */
  public static Dataset<Row> withCounts(Dataset<Row> annotated) {
    return annotated
        .withColumn("sentence_count", size(col(NlpColumns.SENTENCE)))
        .withColumn("token_count", size(col(NlpColumns.TOKEN)));
  }
}
