package org.claimgraph.actors;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus-level {@code dominant_full_name} rule on the sample corpus (gold spans as mentions)
 * plus a few planted articles: "Okafor" is resolved to Tomas Okafor in ten sample articles,
 * "Keller" to Anna Keller in three and to Paul Keller in three, "Vogt" to Klara Vogt in one.
 */
class DominantFullNamesTest {
  private static Dataset<Row> resolved;
  private static Map<String, String> ruleByMention;
  private static Map<String, String> actorByMention;

  @BeforeAll
  static void build() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> planted = GoldData.plantedMentions(spark, "r1",
        "x01", "Okafor", "x01", "Defence Minister Okafor's",
        "x02", "Keller",
        "x03", "Vogt",
        // "Hunter" is Rielle Hunter's surname in three articles and Hunter Biden's first name in one.
        "h1", "Rielle Hunter", "h1", "Hunter", "h2", "Rielle Hunter", "h2", "Hunter",
        "h3", "Rielle Hunter", "h3", "Hunter", "h4", "Hunter Biden", "h4", "Hunter", "h5", "Hunter",
        // "Sean" is only ever a first name: it must not join Sean Hannity however often it is one.
        "s1", "Sean Hannity", "s1", "Sean", "s2", "Sean Hannity", "s2", "Sean",
        "s3", "Sean Hannity", "s3", "Sean", "s4", "Sean",
        // Two Okafors in one article, one of them the corpus's Okafor; and two that are neither.
        "a1", "Tomas Okafor", "a1", "Grace Okafor", "a1", "Okafor",
        "a2", "Ruth Okafor", "a2", "Grace Okafor", "a2", "Okafor");
    resolved = ActorResolution.resolve(GoldData.mentionsDataset(spark, null, "r1").unionByName(planted), null)
        .mentionsWithActor().cache();
    ruleByMention = new HashMap<>();
    actorByMention = new HashMap<>();
    for (Row r : resolved.select("article_id", "text", "alias_rule", "actor_id").collectAsList()) {
      String key = r.getString(0) + "/" + r.getString(1);
      ruleByMention.put(key, r.getString(2));
      actorByMention.put(key, r.getString(3));
    }
  }

  private static String person(String fullName) {
    return ActorNames.actorId("PER", ActorNames.key(fullName, "PER"));
  }

  @Test
  void aLoneSurnameJoinsTheFullNameTheCorpusResolvesItTo() {
    assertThat(actorByMention.get("x01/Okafor")).isEqualTo(person("Tomas Okafor"));
    assertThat(ruleByMention.get("x01/Okafor")).isEqualTo("dominant_full_name");
    assertThat(actorByMention.get("x01/Defence Minister Okafor's")).isEqualTo(person("Tomas Okafor"));
    assertThat(ruleByMention.get("x01/Defence Minister Okafor's")).isEqualTo("title_stripped+dominant_full_name");
    List<Row> names = resolved.filter("article_id = 'x01'").select("actor_name", "actor_type").distinct()
        .collectAsList();
    assertThat(names).extracting(r -> r.getString(0) + "/" + r.getString(1))
        .as("a lone surname suggests no spelling of the name").containsExactly("null/PER");
  }

  @Test
  void aSurnameTheCorpusUsesForTwoPeopleStaysApart() {
    assertThat(actorByMention.get("x02/Keller")).isEqualTo(person("Keller"))
        .isNotIn(person("Anna Keller"), person("Paul Keller"));
    assertThat(ruleByMention.get("x02/Keller")).isEqualTo("unresolved_short_form");
  }

  @Test
  void aSurnameItsArticleLeavesAmbiguousJoinsTheDominantFullNameOnlyWhenTheArticleNamesIt() {
    assertThat(actorByMention.get("a1/Okafor")).isEqualTo(person("Tomas Okafor"));
    assertThat(ruleByMention.get("a1/Okafor")).isEqualTo("dominant_full_name");
    assertThat(actorByMention.get("a1/Grace Okafor")).isEqualTo(person("Grace Okafor"));
    assertThat(actorByMention.get("a2/Okafor")).isEqualTo(person("Okafor"));
    assertThat(ruleByMention.get("a2/Okafor")).isEqualTo("ambiguous_short_form");
  }

  @Test
  void tooLittleEvidenceLeavesTheSurnameAlone() {
    assertThat(actorByMention.get("x03/Vogt")).isEqualTo(person("Vogt"));
    assertThat(ruleByMention.get("x03/Vogt")).isEqualTo("unresolved_short_form");
  }

  @Test
  void firstNameUsesCompeteAndNeverDominate() {
    assertThat(actorByMention.get("h5/Hunter")).as("3 articles against 1 is less than a lead of four").isEqualTo(person("Hunter"));
    assertThat(actorByMention.get("s4/Sean")).as("a first name alone").isEqualTo(person("Sean"));
    assertThat(ruleByMention.get("s4/Sean")).isEqualTo("unresolved_short_form");
  }

  @Test
  void theInArticleResolutionsThemselvesAreUnchanged() {
    assertThat(ruleByMention.get("h1/Hunter")).isEqualTo("surname_in_article");
    assertThat(ruleByMention.get("h4/Hunter")).isEqualTo("first_name_in_article");
    assertThat(resolved.filter("alias_rule LIKE '%dominant_full_name%'").count()).isEqualTo(3);
  }

  @Test
  void everyMentionKeepsItsLoneNameSoALaterRunCanWeighItAsEvidence() {
    assertThat(resolved.filter("article_id = 'h1' AND text = 'Hunter'").select(DominantFullNames.LONE_NAME)
        .first().getString(0)).isEqualTo("hunter");
    assertThat(resolved.filter("article_id = 'h1' AND text = 'Rielle Hunter'").select(DominantFullNames.LONE_NAME)
        .first().isNullAt(0)).isTrue();
  }

  @Test
  void actorAliasesRecordTheCorpusLevelMerge() {
    Map<String, String> ruleByAlias = new HashMap<>();
    for (Row r : ActorAliases.table(resolved).filter(col("actor_id").equalTo(person("Tomas Okafor"))).collectAsList()) {
      ruleByAlias.put(r.getAs("alias"), r.getAs("rule"));
    }
    // "Okafor" is linked within articles ten times and across articles once: the alias row shows the latter.
    assertThat(ruleByAlias).containsEntry("Okafor", "dominant_full_name")
        .containsEntry("Defence Minister Okafor", "title_stripped+dominant_full_name")
        .containsEntry("Tomas Okafor", "exact");
  }
}
