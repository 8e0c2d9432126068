package org.claimgraph.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.nlp.Annotation;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.Mentions;

/** The model's mentions of a gold set's articles: the {@code mentions} table as a run would write it. */
final class ActorTaggerMentions {
  private ActorTaggerMentions() {}

  private static final StructType ARTICLES = new StructType().add("article_id", DataTypes.StringType)
      .add("published", DataTypes.DateType).add("text", DataTypes.StringType);

  static Dataset<Row> of(SparkSession spark, ActorGold gold, LoadedModel model) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : gold.texts().entrySet()) {
      rows.add(RowFactory.create(e.getKey(), null, e.getValue()));
    }
    Dataset<Row> annotated = Annotation.annotate(spark.createDataFrame(rows, ARTICLES), model);
    return Mentions.fromAnnotated(annotated, "eval").select("mention_id", "article_id", "published",
        "sentence_index", "begin", "end", "text", "type", "confidence").cache();
  }
}
