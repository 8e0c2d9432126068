package org.claimgraph.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.nlp.Mentions;
import org.claimgraph.quality.AttributionEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Possessive names through the default model: the mention is the name without its "'s", and a
 * source phrase that opens with a possessive keeps its owner.
 */
class PossessivesTest {
  private static final String TEXT = "Ukraine's SBU security service said on Tuesday that two agents had been detained. "
      + "Adaeze Okafor’s office was closed. The minister’s aides said the minister would not resign. "
      + "The Lindqvists’ lawyer said the sale of the farm was void.";

  private static List<Row> claims;
  private static List<Row> mentions;

  @BeforeAll
  static void annotate() {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("article_id", DataTypes.StringType, false)
        .add("published", DataTypes.DateType, true).add("text", DataTypes.StringType, false);
    Dataset<Row> articles = spark.createDataFrame(
        List.of(RowFactory.create("p1", Date.valueOf("2026-03-03"), TEXT)), schema);
    Dataset<Row> annotated = AttributionEvaluation.withAttributionStage(
        ModelRegistry.load(spark, "default").pipeline()).transform(articles).cache();
    claims = Claims.fromAnnotated(annotated, "test").collectAsList();
    mentions = Mentions.fromAnnotated(annotated, "test").select("begin", "end", "text", "type").collectAsList();
  }

  @Test
  void sourcesKeepTheirPossessiveOwner() {
    List<String> pairs = claims.stream().map(r -> r.getAs("source_text") + " | "
        + TEXT.substring(r.<Integer>getAs("content_begin"), r.<Integer>getAs("content_end"))).toList();
    assertThat(pairs).contains("Ukraine's SBU security service | that two agents had been detained",
        "The minister’s aides | the minister would not resign",
        "The Lindqvists’ lawyer | the sale of the farm was void");
  }

  @Test
  void mentionsAreNamesWithoutTheirClitic() {
    List<String> texts = mentions.stream().map(r -> r.<String>getAs("text")).toList();
    assertThat(texts).contains("Ukraine", "Adaeze Okafor")
        .noneMatch(t -> t.endsWith("'s") || t.endsWith("’s"));
    for (Row m : mentions) {
      assertThat(TEXT.substring(m.<Integer>getAs("begin"), m.<Integer>getAs("end"))).isEqualTo(m.getAs("text"));
    }
    assertThat(mentions.stream().filter(m -> m.getAs("text").equals("Adaeze Okafor")).map(m -> m.<String>getAs("type")))
        .containsExactly("PER");
  }
}
