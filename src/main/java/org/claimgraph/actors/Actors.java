package org.claimgraph.actors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/** The {@code actors} table, recomputed from the merged mentions and the linked claims. */
public final class Actors {
  private Actors() {}

  /**
   * @param mentionsWithActor {@link ActorResolution.ResolvedMentions#mentionsWithActor()}
   * @param claimsWithActors the output of {@code graph.ClaimLinks.link} (may be empty)
   */
  public static Dataset<Row> table(Dataset<Row> mentionsWithActor, Dataset<Row> claimsWithActors) {
    Dataset<Row> m = mentionsWithActor.filter(col("actor_id").isNotNull());
    Dataset<Row> stats = m.groupBy("actor_id").agg(
        max("actor_type").as("type"), count("*").as("mentions"), countDistinct("article_id").as("articles"),
        min("published").as("first_seen"), max("published").as("last_seen"));
    // A lone surname joined across articles carries no name of its own (null): it does not vote.
    Dataset<Row> names = m.filter(col("actor_name").isNotNull())
        .groupBy("actor_id", "actor_name").agg(count("*").as("n"))
        .withColumn("rank", row_number().over(Window.partitionBy("actor_id")
            .orderBy(col("n").desc(), length(col("actor_name")).desc(), col("actor_name").asc())))
        .filter(col("rank").equalTo(1))
        .select(col("actor_id").as("n_actor"), col("actor_name").as("canonical_name"));
    Column key = coalesce(col("content_hash"), col("claim_id"));
    Dataset<Row> made = claimsWithActors.filter(col("source_actor_id").isNotNull())
        .groupBy(col("source_actor_id").as("made_actor")).agg(countDistinct(key).as("claims_made"));
    Dataset<Row> about = claimsWithActors
        .select(key.as("k"), explode(col("about_actor_ids")).as("about_actor"))
        .groupBy("about_actor").agg(countDistinct("k").as("claims_about"));
    Dataset<Row> actors = stats
        .join(names, col("actor_id").equalTo(col("n_actor")))
        .join(made, col("actor_id").equalTo(col("made_actor")), "left")
        .join(about, col("actor_id").equalTo(col("about_actor")), "left")
        .withColumn("claims_made", coalesce(col("claims_made"), lit(0L)))
        .withColumn("claims_about", coalesce(col("claims_about"), lit(0L)));
    return TableConformance.conform(Tables.ACTORS, actors);
  }
}
