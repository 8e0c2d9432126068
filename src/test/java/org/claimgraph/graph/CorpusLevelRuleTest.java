package org.claimgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.actors.GoldData;
import org.junit.jupiter.api.Test;

/**
 * Which actor ids of a day's articles depend on the other days: only those the corpus-level rule
 * decides. This is why a nightly run re-resolves old mentions only where that rule's evidence moved;
 * the whole job's day-by-day equality is {@code job.IncrementalRunTest}.
 */
class CorpusLevelRuleTest {
  private final SparkSession spark = SparkTestSession.get();

  /**
   * A surname whose evidence is spread over both days: "Ortiz" is resolved to Vance Ortiz in s001
   * (day 1), s030 and s035 (day 2), and s002 (day 1) says "Ortiz" alone. Only with day 2 in do three
   * articles back the corpus-level {@code dominant_full_name} rule, so s002's "Ortiz" changes actor.
   */
  private static final String[] PLANTED = {"s001", "Vance Ortiz", "s001", "Ortiz", "s002", "Ortiz",
      "s030", "Vance Ortiz", "s030", "Ortiz", "s035", "Vance Ortiz", "s035", "Ortiz"};

  private Dataset<Row> mentionsWithActor(Set<String> ids) {
    Dataset<Row> planted = GoldData.plantedMentions(spark, "r", PLANTED);
    if (ids != null) {
      planted = planted.filter(col("article_id").isin(ids.toArray()));
    }
    Dataset<Row> mentions = GoldData.mentionsDataset(spark, ids, "r").unionByName(planted);
    return ActorGraph.build(GoldData.articlesDataset(spark, ids), mentions, ClaimLinks.emptyClaims(spark), null, 50)
        .mentionsWithActor();
  }

  /**
   * Every actor id of day 1 is the same whether or not day 2 is in the run, except a lone surname the
   * corpus-level rule joins to a full name: that one follows the evidence of all days.
   */
  @Test
  void actorIdsOfOneDayDependOnOtherDaysOnlyThroughTheCorpusLevelRule() {
    LocalDate cut = LocalDate.parse("2024-03-01");
    Set<String> day1 = GoldData.articles().values().stream()
        .filter(a -> a.published() == null || !a.published().isAfter(cut)).map(GoldData.Article::id)
        .collect(Collectors.toSet());
    assertThat(day1).isNotEmpty().hasSizeLessThan(GoldData.articles().size());

    Map<String, String> alone = new LinkedHashMap<>();
    for (Row r : mentionsWithActor(day1).select("mention_id", "actor_id").collectAsList()) {
      alone.put(r.getString(0), r.getString(1));
    }
    Map<String, String> inFull = new LinkedHashMap<>();
    Set<String> joinedAcrossArticles = new HashSet<>();
    for (Row r : mentionsWithActor(null).select("mention_id", "actor_id", "alias_rule", "article_id", "text")
        .collectAsList()) {
      if (r.getString(2) != null && r.getString(2).contains("dominant_full_name")) {
        joinedAcrossArticles.add(r.getString(3) + "/" + r.getString(4));
        alone.remove(r.getString(0));
      } else if (alone.containsKey(r.getString(0))) {
        inFull.put(r.getString(0), r.getString(1));
      }
    }
    assertThat(joinedAcrossArticles).containsExactly("s002/Ortiz");
    assertThat(inFull).isEqualTo(alone);
  }
}
