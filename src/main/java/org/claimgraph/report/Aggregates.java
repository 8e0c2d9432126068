package org.claimgraph.report;

import java.util.List;

/**
 * The dashboard's questions, defined once. Counts of claims leave negated cues out and count a
 * syndicated copy once (distinct {@code content_hash}), as the actor tables do.
 */
public final class Aggregates {
  private Aggregates() {}

  /** How many actors the over-time and network charts show. */
  static final int TOP_ACTORS = 8;
  static final int NETWORK_ACTORS = 12;

  /** The run the views were registered for: the published run is the last one by finish time. */
  private static final String LATEST_RUN =
      "SELECT * FROM runs ORDER BY finished_at DESC, run_id DESC LIMIT 1";

  public static final Aggregate TOP_ACTORS_DAILY = new Aggregate("top_actors_daily",
      "Mentions per day of the " + TOP_ACTORS + " most mentioned actors",
      "WITH top AS (SELECT actor_id, canonical_name, mentions FROM actors "
          + "ORDER BY mentions DESC, canonical_name, actor_id LIMIT " + TOP_ACTORS + ")\n"
          + "SELECT d.date, t.canonical_name AS actor, d.actor_id, d.mentions, d.articles, d.claims_made, d.claims_about\n"
          + "FROM actor_daily d JOIN top t USING (actor_id)\n"
          + "ORDER BY d.date, t.mentions DESC, t.canonical_name");

  public static final Aggregate CLAIMS_BY_CUE_CLASS_DAILY = new Aggregate("claims_by_cue_class_daily",
      "Claims per day (claim date, else publication date) by cue class",
      "SELECT coalesce(claim_date, published) AS date, cue_class, count(DISTINCT content_hash) AS claims\n"
          + "FROM claims WHERE NOT negated AND coalesce(claim_date, published) IS NOT NULL\n"
          + "GROUP BY 1, 2 ORDER BY 1, 2");

  public static final Aggregate SPEAKS_ABOUT = new Aggregate("speaks_about",
      "Claims between the " + NETWORK_ACTORS + " actors most involved in claims (made plus about)",
      "WITH top AS (SELECT actor_id, canonical_name, claims_made + claims_about AS involved FROM actors "
          + "WHERE claims_made + claims_about > 0 ORDER BY involved DESC, canonical_name, actor_id LIMIT " + NETWORK_ACTORS + ")\n"
          + "SELECT e.source_actor_id, s.canonical_name AS source, e.target_actor_id, t.canonical_name AS target,\n"
          + "       sum(e.claims) AS claims, concat_ws(', ', sort_array(collect_set(e.cue_class))) AS cue_classes\n"
          + "FROM claim_edges e JOIN top s ON s.actor_id = e.source_actor_id JOIN top t ON t.actor_id = e.target_actor_id\n"
          + "GROUP BY 1, 2, 3, 4 ORDER BY claims DESC, source, target");

  public static final Aggregate OUTLETS = new Aggregate("outlets",
      "Outlets compared: claims per article and the share of claims from unnamed sources",
      "WITH a AS (SELECT coalesce(outlet, '(no outlet)') AS outlet, count(*) AS articles FROM articles GROUP BY 1),\n"
          + "c AS (SELECT coalesce(ar.outlet, '(no outlet)') AS outlet, count(*) AS claims,\n"
          + "            count_if(c.source_kind = 'unnamed') AS unnamed_claims\n"
          + "     FROM claims c JOIN articles ar USING (article_id) WHERE NOT c.negated GROUP BY 1)\n"
          + "SELECT a.outlet, a.articles, coalesce(c.claims, 0) AS claims,\n"
          + "       coalesce(c.claims, 0) / a.articles AS claims_per_article,\n"
          + "       coalesce(c.unnamed_claims, 0) AS unnamed_claims,\n"
          + "       coalesce(c.unnamed_claims / c.claims, 0D) AS unnamed_share\n"
          + "FROM a LEFT JOIN c USING (outlet) ORDER BY a.articles DESC, a.outlet");

  public static final Aggregate RUN_SUMMARY = new Aggregate("run_summary",
      "The run's own figures",
      "SELECT run_id, started_at, finished_at, input, input_records, accepted, rejected, duplicates, tokens,\n"
          + "       mentions, claims, models, claimgraph_version, spark_version\n"
          + "FROM (" + LATEST_RUN + ")");

  public static final Aggregate RUN_STAGE_SECONDS = new Aggregate("run_stage_seconds",
      "Wall time per stage of the run, in seconds",
      "SELECT run_id, position, stage, seconds\n"
          + "FROM (" + LATEST_RUN + ") LATERAL VIEW posexplode(stage_seconds) s AS position, stage, seconds\n"
          + "ORDER BY position");

  public static final List<Aggregate> ALL = List.of(TOP_ACTORS_DAILY, CLAIMS_BY_CUE_CLASS_DAILY, SPEAKS_ABOUT,
      OUTLETS, RUN_SUMMARY, RUN_STAGE_SECONDS);
}
