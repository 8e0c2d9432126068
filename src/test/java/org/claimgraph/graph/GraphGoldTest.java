package org.claimgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.actors.Actors;
import org.claimgraph.actors.GoldData;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stories, co-occurrences, claim edges and daily rows on the sample corpus and its gold. */
class GraphGoldTest {
  private static Map<String, String> idByName;
  private static Dataset<Row> articles;
  private static Dataset<Row> resolved;
  private static Dataset<Row> claims;
  /** Collected once: each evaluation of the table assigns the stories again, a quarter of a minute here. */
  private static List<Row> cooccurrences;

  @BeforeAll
  static void build() {
    SparkSession spark = SparkTestSession.get();
    articles = GoldData.articlesDataset(spark, null).cache();
    resolved = ActorResolution.resolve(GoldData.mentionsDataset(spark, null, "r1"), null).mentionsWithActor().cache();
    claims = ClaimLinks.link(GoldData.claimsDataset(spark, null, "r1"), resolved).cache();
    idByName = new HashMap<>();
    for (Row r : Actors.table(resolved, claims).collectAsList()) {
      idByName.put(r.getAs("canonical_name"), r.getAs("actor_id"));
    }
    cooccurrences = Cooccurrences.table(resolved, articles).collectAsList();
  }

  private static List<Row> inWindow(String window) {
    return cooccurrences.stream().filter(r -> window.equals(r.getAs("window"))).toList();
  }

  private static String id(String name) {
    assertThat(idByName).containsKey(name);
    return idByName.get(name);
  }

  @Test
  void syndicatedAndNearCopiesShareAStoryAndNothingElseDoes() {
    Map<String, String> story = new HashMap<>();
    for (Row r : Stories.assign(articles).collectAsList()) {
      story.put(r.getString(0), r.getString(1));
    }
    assertThat(story).hasSize(38);
    assertThat(story.get("s018")).isEqualTo("s017");
    assertThat(story.get("s019")).isEqualTo("s012");
    assertThat(new HashSet<>(story.values())).hasSize(36);
  }

  @Test
  void plantedPairsCountDistinctStories() {
    Map<String, String> dup = GoldData.duplicateOf();
    List<Row> rows = inWindow("article");
    Map<List<String>, Row> byPair = new HashMap<>();
    for (Row r : rows) {
      byPair.put(List.of(r.getString(0), r.getString(1)), r);
    }
    for (Map.Entry<List<String>, List<String>> gold : GoldData.goldCooccurrences().entrySet()) {
      String a = id(gold.getKey().get(0));
      String b = id(gold.getKey().get(1));
      List<String> key = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
      Set<String> stories = new HashSet<>();
      for (String article : gold.getValue()) {
        stories.add(dup.getOrDefault(article, article));
      }
      Row row = byPair.get(key);
      assertThat(row).as("pair " + gold.getKey()).isNotNull();
      assertThat((long) row.getAs("stories")).as("stories of " + gold.getKey()).isEqualTo(stories.size());
      assertThat((double) row.getAs("npmi")).isBetween(-1.0, 1.0);
      assertThat((long) row.getAs("capped_stories")).isZero();
    }
    assertThat(rows).allMatch(r -> r.getString(0).compareTo(r.getString(1)) < 0);
  }

  @Test
  void sentenceWindowIsASubsetOfArticleWindow() {
    Map<List<String>, Long> articleStories = new HashMap<>();
    for (Row r : inWindow("article")) {
      articleStories.put(List.of(r.getString(0), r.getString(1)), r.getAs("stories"));
    }
    List<Row> sentence = inWindow("sentence");
    assertThat(sentence).isNotEmpty();
    for (Row r : sentence) {
      List<String> pair = List.of(r.getString(0), r.getString(1));
      assertThat(articleStories).as("sentence pair " + pair + " in the article window").containsKey(pair);
      assertThat((long) r.getAs("stories")).as("stories of " + pair).isLessThanOrEqualTo(articleStories.get(pair));
    }
  }

  @Test
  void claimEdgesFromGoldAccusations() {
    Map<String, Long> edges = new HashMap<>();
    for (Row r : ClaimEdges.table(claims).collectAsList()) {
      edges.put(r.getString(0) + ">" + r.getString(1) + ":" + r.getString(2), r.getLong(3));
    }
    String[][] accusations = {
        {"Sahel Liberation Front", "Tomas Okafor"}, {"Marek Dunn", "Irene Castell"},
        {"Ines Brandt", "Victor Hale"}, {"Diego Salvatore", "Henrik Stahl"},
        {"Ibrahim Sani", "Tomas Okafor"}, {"Daniel Price", "Brussels"}};
    for (String[] acc : accusations) {
      assertThat(edges).as(acc[0] + " accuses " + acc[1]).containsKey(id(acc[0]) + ">" + id(acc[1]) + ":accuse");
    }
    assertThat(edges.keySet()).noneMatch(k -> k.substring(0, 16).equals(k.substring(17, 33)));
  }

  @Test
  void syndicatedClaimsCountOnce() {
    // s017 and s018 carry the same claims; every edge from them must count 1, not 2.
    Dataset<Row> fromCopies = claims.filter("article_id IN ('s017', 's018') AND source_actor_id IS NOT NULL");
    assertThat(fromCopies.count()).isPositive();
    Dataset<Row> alone = ClaimLinks.link(
        GoldData.claimsDataset(SparkTestSession.get(), Set.of("s017"), "r1"), resolved);
    assertThat(ClaimEdges.table(fromCopies).collectAsList())
        .containsExactlyInAnyOrderElementsOf(ClaimEdges.table(alone).collectAsList());
  }

  @Test
  void dailyRowsAddUpToActorTotals() {
    Dataset<Row> daily = ActorDaily.table(resolved, articles, claims);
    Row okafor = daily.filter(daily.col("actor_id").equalTo(id("Tomas Okafor")))
        .selectExpr("sum(mentions)", "sum(articles)", "max(outlets)").first();
    long datedMentions = resolved.filter(resolved.col("actor_id").equalTo(id("Tomas Okafor")))
        .filter("published IS NOT NULL").count();
    assertThat(okafor.getLong(0)).isEqualTo(datedMentions);
    assertThat(okafor.getLong(2)).isPositive();
    assertThat(daily.filter("date IS NULL").count()).isZero();
    assertThat(daily.filter("claims_made > 0").count()).isPositive();
  }

  @Test
  void emptyClaimsAreFine() {
    Dataset<Row> none = ClaimLinks.link(ClaimLinks.emptyClaims(SparkTestSession.get()), resolved);
    assertThat(ClaimEdges.table(none).count()).isZero();
    assertThat(ActorDaily.table(resolved, articles, none).filter("claims_made > 0").count()).isZero();
    assertThat(Actors.table(resolved, none).count()).isEqualTo(idByName.size());
  }

  @Test
  void negatedClaimsStayInClaimsButMakeNoEdgesOrCounts() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> asserted = GoldData.claimsDataset(spark, null, "r1");
    Dataset<Row> denied = asserted.withColumn("negated", org.apache.spark.sql.functions.lit(true));
    ActorGraph.Result said = ActorGraph.build(articles, GoldData.mentionsDataset(spark, null, "r1"), asserted, null, 50);
    ActorGraph.Result notSaid = ActorGraph.build(articles, GoldData.mentionsDataset(spark, null, "r1"), denied, null, 50);

    assertThat(said.claimEdges().count()).isPositive();
    assertThat(notSaid.claimEdges().count()).isZero();
    assertThat(notSaid.claimsWithActors().count()).isEqualTo(said.claimsWithActors().count());
    assertThat(notSaid.actorDaily().agg(org.apache.spark.sql.functions.sum("claims_made")).first().getLong(0))
        .isZero();
    assertThat(said.actorDaily().agg(org.apache.spark.sql.functions.sum("claims_made")).first().getLong(0))
        .isPositive();
  }
}
