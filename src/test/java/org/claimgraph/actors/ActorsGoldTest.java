package org.claimgraph.actors;

import org.claimgraph.SparkTestSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.graph.ClaimLinks;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Actors and aliases on the sample corpus, with the gold entity spans as mentions. */
class ActorsGoldTest {
  private static Dataset<Row> resolved;
  private static List<Row> actors;
  private static Map<String, Set<String>> aliasesByActor;

  @BeforeAll
  static void build() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> mentions = GoldData.mentionsDataset(spark, null, "r1");
    resolved = ActorResolution.resolve(mentions, ActorResolution.readOverridesCsv(spark, null))
        .mentionsWithActor().cache();
    Dataset<Row> claims = ClaimLinks.link(GoldData.claimsDataset(spark, null, "r1"), resolved);
    actors = Actors.table(resolved, claims).collectAsList();
    aliasesByActor = new HashMap<>();
    for (Row r : ActorAliases.table(resolved).collectAsList()) {
      aliasesByActor.computeIfAbsent(r.getAs("actor_id"), k -> new HashSet<>()).add(r.getAs("alias"));
    }
  }

  private static Row actorNamed(String name, String type) {
    List<Row> rows = actors.stream()
        .filter(r -> name.equals(r.getAs("canonical_name")) && type.equals(r.getAs("type"))).toList();
    assertThat(rows).as("actors named " + name + "/" + type).hasSize(1);
    return rows.get(0);
  }

  @Test
  void everyPlantedActorOnceWithExactlyItsAliases() {
    for (GoldData.GoldActor gold : GoldData.goldActors()) {
      Row actor = actorNamed(gold.canonicalName(), gold.type());
      assertThat(aliasesByActor.get((String) actor.getAs("actor_id")))
          .as("aliases of " + gold.canonicalName()).containsExactlyInAnyOrderElementsOf(gold.aliases());
    }
  }

  @Test
  void theTwoKellersStaySeparateAndNoLoneKellerActorIsLeft() {
    Row anna = actorNamed("Anna Keller", "PER");
    Row paul = actorNamed("Paul Keller", "PER");
    assertThat((String) anna.getAs("actor_id")).isNotEqualTo(paul.getAs("actor_id"));
    assertThat(actors).noneMatch(r -> "Keller".equals(r.getAs("canonical_name")));
    assertThat((long) anna.getAs("articles")).isEqualTo(3);
    assertThat((long) paul.getAs("articles")).isEqualTo(3);
  }

  @Test
  void unitedStatesIsOneActorAcrossAllItsForms() {
    Row us = actorNamed("United States", "LOC");
    Set<String> articlesWithUs = GoldData.tsv("entities.tsv").stream()
        .filter(e -> Set.of("United States", "U.S.", "US").contains(e[3])).map(e -> e[0]).collect(Collectors.toSet());
    assertThat((long) us.getAs("articles")).isEqualTo(articlesWithUs.size());
    assertThat(actors.stream().filter(r -> ((String) r.getAs("canonical_name")).matches("U\\.?S\\.?"))).isEmpty();
  }

  @Test
  void everyPersonOrganisationAndPlaceMentionHasAnActorAndMiscHasNone() {
    assertThat(resolved.filter("type IN ('PER','ORG','LOC') AND actor_id IS NULL").count()).isZero();
    assertThat(resolved.filter("type = 'MISC' AND actor_id IS NOT NULL").count()).isZero();
    assertThat(resolved.count()).isEqualTo(GoldData.tsv("entities.tsv").size());
  }

  @Test
  void mentionsWithActorConformToTheMentionsTable() {
    Dataset<Row> table = TableConformance.conform(Tables.MENTIONS, resolved);
    assertThat(table.columns()).contains("actor_id", "alias_rule");
    Row okafor = actorNamed("Tomas Okafor", "PER");
    List<Row> rules = resolved.filter(resolved.col("actor_id").equalTo((String) okafor.getAs("actor_id")))
        .select("alias_rule").distinct().collectAsList();
    assertThat(rules.stream().map(r -> r.getString(0))).containsExactlyInAnyOrder("exact", "surname_in_article");
  }

  @Test
  void claimCountsComeFromLinkedClaims() {
    Row okafor = actorNamed("Tomas Okafor", "PER");
    assertThat((long) okafor.getAs("claims_made")).isPositive();
    assertThat((long) okafor.getAs("claims_about")).isPositive();
    Row baga = actorNamed("Baga", "LOC");
    assertThat((long) baga.getAs("claims_made")).isZero();
  }
}
