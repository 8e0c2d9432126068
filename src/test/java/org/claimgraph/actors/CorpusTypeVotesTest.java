package org.claimgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus-level type vote on a planted run: three articles write "Barack Obama" and twice "Obama", one
 * has "Obama" alone tagged LOC, one "Obama’s" alone tagged MISC; "Republican" is an organisation in
 * three articles and an adjective (MISC) in five.
 */
class CorpusTypeVotesTest {
  private static final Map<String, Row> byMention = new HashMap<>();

  @BeforeAll
  static void build() {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("mention_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
        .add("begin", DataTypes.IntegerType).add("text", DataTypes.StringType).add("type", DataTypes.StringType)
        .add("confidence", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    String[][] planted = {
        {"a1", "Barack Obama", "PER"}, {"a1", "Obama", "PER"}, {"a1", "Obama", "PER"},
        {"a2", "Barack Obama", "PER"}, {"a2", "Obama", "PER"}, {"a2", "Obama", "PER"},
        {"a3", "Barack Obama", "PER"}, {"a3", "Obama", "PER"}, {"a3", "Obama", "PER"},
        {"a4", "Obama", "LOC"}, {"a5", "Obama’s", "MISC"},
        {"r1", "Republican", "ORG"}, {"r2", "Republican", "ORG"}, {"r3", "Republican", "ORG"},
        {"r4", "Republican", "MISC"}, {"r5", "Republican", "MISC"}, {"r6", "Republican", "MISC"},
        {"r7", "Republican", "MISC"}, {"r8", "Republican", "MISC"}};
    for (int i = 0; i < planted.length; i++) {
      rows.add(RowFactory.create("m" + i, planted[i][0], 10 * i, planted[i][1], planted[i][2], 0.9));
    }
    for (Row r : ActorResolution.resolve(spark.createDataFrame(rows, schema), null).mentionsWithActor()
        .select("article_id", "text", "actor_id", "actor_type", "alias_rule").collectAsList()) {
      byMention.put(r.getString(0) + "/" + r.getString(1), r);
    }
  }

  @Test
  void aSlipOfTheTaggerJoinsTheTypeTheRunGivesTheName() {
    Row slipped = byMention.get("a4/Obama");
    assertThat(slipped.getString(2)).isEqualTo(ActorNames.actorId("PER", "barack obama"));
    assertThat(slipped.getString(3)).isEqualTo("PER");
    assertThat(slipped.getString(4)).isEqualTo("corpus_type_vote+dominant_full_name");
  }

  @Test
  void aPossessiveTaggedMiscJoinsThePersonAcrossArticles() {
    Row possessive = byMention.get("a5/Obama’s");
    assertThat(possessive.getString(2)).isEqualTo(ActorNames.actorId("PER", "barack obama"));
    assertThat(possessive.getString(4)).isEqualTo("corpus_type_vote+dominant_full_name");
  }

  @Test
  void aWordTheTaggerMostlyCallsMiscDoesNotJoinTheOrganisation() {
    assertThat(byMention.get("r4/Republican").isNullAt(2)).isTrue();
    assertThat(byMention.get("r1/Republican").getString(4)).isEqualTo("exact");
  }
}
