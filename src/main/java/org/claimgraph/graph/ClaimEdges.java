package org.claimgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/** The {@code claim_edges} table: source actor → actor named in the claim's content, per cue class. */
public final class ClaimEdges {
  private ClaimEdges() {}

  /** @param claimsWithActors the output of {@link ClaimLinks#link} */
  public static Dataset<Row> table(Dataset<Row> claimsWithActors) {
    Dataset<Row> edges = claimsWithActors
        .filter(col("source_actor_id").isNotNull())
        .select(col("source_actor_id"), explode(col("about_actor_ids")).as("target_actor_id"),
            col("cue_class"), ClaimLinks.claimKey().as("claim_key"), ClaimLinks.claimWhen().as("claim_when"))
        .filter(col("target_actor_id").notEqual(col("source_actor_id")).and(col("cue_class").isNotNull()))
        .groupBy("source_actor_id", "target_actor_id", "cue_class")
        .agg(countDistinct("claim_key").as("claims"), min("claim_when").as("first_date"),
            max("claim_when").as("last_date"));
    return TableConformance.conform(Tables.CLAIM_EDGES, edges);
  }
}
