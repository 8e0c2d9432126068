package org.claimgraph.graph;


import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.actors.ActorAliases;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.actors.Actors;

/**
 * The actors and graph stages in the order a run needs them, as one call. Pass the <em>merged</em>
 * base tables (live rows of untouched articles plus this run's rows); everything here is recomputed
 * from them, which is what makes day-by-day runs equal one all-at-once run.
 */
public final class ActorGraph {
  private ActorGraph() {}

  /** Every Dataset the stages produce; the table ones are already conformed to their {@code Tables} spec. */
  public record Result(Dataset<Row> mentionsWithActor, Dataset<Row> claimsWithActors, Dataset<Row> actors,
      Dataset<Row> actorAliases, Dataset<Row> cooccurrences, Dataset<Row> claimEdges, Dataset<Row> actorDaily,
      Dataset<Row> cappedArticles) {

    /** Releases the two persisted intermediates once every table is written. */
    public void unpersist() {
      mentionsWithActor.unpersist();
      claimsWithActors.unpersist();
    }
  }

  /**
   * @param articles merged {@code articles}
   * @param mentions merged {@code mentions} (an existing actor_id/alias_rule is recomputed)
   * @param claims merged claims (at least the columns of {@link ClaimLinks#CLAIMS_INPUT}); may be empty
   * @param aliasOverrides (alias, canonical_name, type) rows, e.g. from
   *     {@link ActorResolution#readOverridesCsv}; may be null or empty
   * @param maxActorsPerArticle the co-occurrence bound K
   * @return the Datasets; call {@link Result#unpersist()} after writing them
   */
  public static Result build(Dataset<Row> articles, Dataset<Row> mentions, Dataset<Row> claims,
      Dataset<Row> aliasOverrides, int maxActorsPerArticle) {
    // Both feed several tables: persist so the per-article resolution and the claim joins run once.
    Dataset<Row> resolved = ActorResolution.resolve(mentions, aliasOverrides).mentionsWithActor()
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> linked = ClaimLinks.link(claims, resolved).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> made = ClaimLinks.made(linked);
    return new Result(resolved, linked, Actors.table(resolved, made), ActorAliases.table(resolved),
        Cooccurrences.table(resolved, articles, maxActorsPerArticle), ClaimEdges.table(made),
        ActorDaily.table(resolved, articles, made), Cooccurrences.cappedArticles(resolved, maxActorsPerArticle));
  }
}
