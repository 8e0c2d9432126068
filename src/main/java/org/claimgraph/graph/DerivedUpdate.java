package org.claimgraph.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.actors.ActorAliases;
import org.claimgraph.actors.Actors;

/**
 * The rows of the derived tables that a run's changed articles can move, recomputed from the stored
 * mentions and claims of just those keys. A derived row depends only on the mentions and claims with
 * its key (an actor's rows on that actor's, a day's rows on that day's), and every mention or claim
 * that changed belongs to a changed article; so recomputing the keys the changed articles name,
 * before or after the change, gives what a rebuild from every mention gives, while the rest of the
 * table is neither read nor written. {@code cooccurrences} is counted from story contributions
 * instead ({@link Cooccurrences#contributions}).
 */
public final class DerivedUpdate {
  private DerivedUpdate() {}

  /** {@code actor_id}: every actor the rows name, as mention, claim source or claim subject. */
  public static Dataset<Row> actorsNamed(Dataset<Row> mentions, Dataset<Row> claims) {
    return mentions.select("actor_id")
        .unionByName(claims.select(col("source_actor_id").as("actor_id")))
        .unionByName(claims.select(explode(col("about_actor_ids")).as("actor_id")))
        .filter(col("actor_id").isNotNull()).distinct();
  }

  /** {@code date}: every day the rows count on in {@code actor_daily}. */
  public static Dataset<Row> datesCounted(Dataset<Row> mentions, Dataset<Row> claims) {
    return mentions.select(col("published").as("date"))
        .unionByName(claims.select(ClaimLinks.claimWhen().as("date")))
        .filter(col("date").isNotNull()).distinct();
  }

  /** The {@code actors} rows of the given actors, from all stored mentions and claims. */
  public static Dataset<Row> actors(Dataset<Row> mentions, Dataset<Row> claims, Dataset<Row> actorIds) {
    // Only what the actor counts read: the distinct below would otherwise hash every claim's content.
    Dataset<Row> made = ClaimLinks.made(claims).select("claim_id", "content_hash", "source_actor_id", "about_actor_ids");
    Dataset<Row> ids = broadcast(actorIds.select(col("actor_id").as("k_actor")));
    Dataset<Row> bySource = made.join(ids, col("source_actor_id").equalTo(col("k_actor")), "left_semi");
    Dataset<Row> aboutIds = made.select(col("claim_id").as("a_claim"), explode(col("about_actor_ids")).as("a_actor"))
        .join(ids, col("a_actor").equalTo(col("k_actor")), "left_semi").select("a_claim").distinct();
    Dataset<Row> byAbout = made.join(aboutIds, col("claim_id").equalTo(col("a_claim")), "left_semi");
    return Actors.table(ofActors(mentions, actorIds), bySource.unionByName(byAbout).distinct());
  }

  public static Dataset<Row> actorAliases(Dataset<Row> mentions, Dataset<Row> actorIds) {
    return ActorAliases.table(ofActors(mentions, actorIds));
  }

  /** The {@code claim_edges} rows whose source is one of the given actors. */
  public static Dataset<Row> claimEdges(Dataset<Row> claims, Dataset<Row> actorIds) {
    Dataset<Row> ids = broadcast(actorIds.select(col("actor_id").as("k_actor")));
    return ClaimEdges.table(ClaimLinks.made(claims).join(ids, col("source_actor_id").equalTo(col("k_actor")), "left_semi"));
  }

  /** The {@code actor_daily} rows of the given days. */
  public static Dataset<Row> actorDaily(Dataset<Row> mentions, Dataset<Row> articles, Dataset<Row> claims,
      Dataset<Row> dates) {
    Dataset<Row> days = broadcast(dates.select(col("date").as("k_date")));
    return ActorDaily.table(
        mentions.join(days, col("published").equalTo(col("k_date")), "left_semi"),
        articles.join(days, col("published").equalTo(col("k_date")), "left_semi"),
        ClaimLinks.made(claims).join(days, ClaimLinks.claimWhen().equalTo(col("k_date")), "left_semi"));
  }

  private static Dataset<Row> ofActors(Dataset<Row> mentions, Dataset<Row> actorIds) {
    return mentions.join(broadcast(actorIds.select(col("actor_id").as("k_actor"))),
        col("actor_id").equalTo(col("k_actor")), "left_semi");
  }
}
