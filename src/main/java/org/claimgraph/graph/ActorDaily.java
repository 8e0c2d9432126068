package org.claimgraph.graph;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/** The {@code actor_daily} table: per day and actor, how much it was named and quoted. */
public final class ActorDaily {
  private ActorDaily() {}

  private static final scala.collection.Seq<String> KEYS =
      scala.collection.JavaConverters.asScalaBuffer(java.util.List.of("date", "actor_id")).toSeq();

  /**
   * @param mentionsWithActor mentions with actor_id
   * @param articles the merged articles table (article_id, outlet used)
   * @param claimsWithActors the output of {@link ClaimLinks#link} (may be empty)
   */
  public static Dataset<Row> table(Dataset<Row> mentionsWithActor, Dataset<Row> articles, Dataset<Row> claimsWithActors) {
    Dataset<Row> named = mentionsWithActor
        .filter(col("actor_id").isNotNull().and(col("published").isNotNull()))
        .select("article_id", "published", "actor_id")
        .join(articles.select(col("article_id").as("o_article"), col("outlet")),
            col("article_id").equalTo(col("o_article")), "left")
        .groupBy(col("published").as("date"), col("actor_id"))
        .agg(count("*").as("mentions"), countDistinct("article_id").as("articles"),
            countDistinct("outlet").as("outlets"));
    Dataset<Row> made = claimsWithActors.filter(col("source_actor_id").isNotNull())
        .select(ClaimLinks.claimWhen().as("date"), col("source_actor_id").as("actor_id"), ClaimLinks.claimKey().as("k"))
        .filter(col("date").isNotNull())
        .groupBy("date", "actor_id").agg(countDistinct("k").as("claims_made"));
    Dataset<Row> about = claimsWithActors
        .select(ClaimLinks.claimWhen().as("date"), explode(col("about_actor_ids")).as("actor_id"), ClaimLinks.claimKey().as("k"))
        .filter(col("date").isNotNull())
        .groupBy("date", "actor_id").agg(countDistinct("k").as("claims_about"));
    Dataset<Row> daily = named
        .join(made, KEYS, "full_outer")
        .join(about, KEYS, "full_outer");
    for (String c : new String[] {"mentions", "articles", "outlets", "claims_made", "claims_about"}) {
      daily = daily.withColumn(c, coalesce(col(c), lit(0L)));
    }
    return TableConformance.conform(Tables.ACTOR_DAILY, daily);
  }
}
