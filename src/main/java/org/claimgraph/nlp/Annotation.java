package org.claimgraph.nlp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Runs the NLP pipeline over articles. */
public final class Annotation {
  private Annotation() {}

  /** Adds the annotation columns (document, sentence, token, pos, ner, entities, …) to each article. */
  public static Dataset<Row> annotate(Dataset<Row> articles, LoadedModel model) {
    return model.pipeline().transform(articles);
  }
}
