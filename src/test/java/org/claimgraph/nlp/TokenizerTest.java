package org.claimgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's tokenizer on apostrophes: possessives split as the taggers' training data has them,
 * apostrophes inside words kept, and every token's offsets pointing at exactly its own characters.
 */
class TokenizerTest {
  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  @Test
  void splitsPossessivesOffNames() {
    assertThat(tokens("Minister Adaeze Okafor's aides met Halvorsen Freight’s lawyers."))
        .containsExactly("Minister", "Adaeze", "Okafor", "'s", "aides", "met", "Halvorsen", "Freight", "’s",
            "lawyers", ".");
  }

  @Test
  void splitsTheBareApostropheOfAPluralPossessive() {
    assertThat(tokens("The Brenners' farm and the Lindqvists’ boat were sold by Marconi Wireless’ agents."))
        .containsExactly("The", "Brenners", "'", "farm", "and", "the", "Lindqvists", "’", "boat", "were",
            "sold", "by", "Marconi", "Wireless", "’", "agents", ".");
  }

  @Test
  void keepsApostrophesInsideWords() {
    assertThat(tokens("It's late, and we don't know what Sean O'Brien's plan is."))
        .containsExactly("It", "'s", "late", ",", "and", "we", "don't", "know", "what", "Sean", "O'Brien", "'s",
            "plan", "is", ".");
    assertThat(tokens("Nobody at Tarrow’s café said we won’t reopen."))
        .containsExactly("Nobody", "at", "Tarrow", "’s", "café", "said", "we", "won’t", "reopen", ".");
  }

  @Test
  void leavesQuotesAndOtherApostrophesAsSparkNlpSplitsThem() {
    assertThat(tokens("They played rock 'n' roll and rock ’n’ roll at the Pellow Arms."))
        .containsExactly("They", "played", "rock", "'", "n", "'", "roll", "and", "rock", "’n’", "roll", "at",
            "the", "Pellow", "Arms", ".");
    assertThat(tokens("She called the levy ‘unworkable’ and 'rushed' in the ’90s."))
        .containsExactly("She", "called", "the", "levy", "‘unworkable’", "and", "'", "rushed", "'", "in", "the",
            "’90s", ".");
    // a closing curly quote after a word ending in "s" reads like a plural possessive; the attribution
    // rules tell the two apart by the quotation marks of the text, not by tokens
    assertThat(tokens("He called it a ‘bonus’ for Kestrel’s staff."))
        .containsExactly("He", "called", "it", "a", "‘bonus", "’", "for", "Kestrel", "’s", "staff", ".");
  }

  @Test
  void splitsAfterAbbreviationsAndNumbersAndKeepsALoneClitic() {
    assertThat(tokens("The U.S.'s envoy recalled the 1990's boom at Dunmore 's gate."))
        .containsExactly("The", "U.S.", "'s", "envoy", "recalled", "the", "1990", "'s", "boom", "at", "Dunmore",
            "'s", "gate", ".");
  }

  /** The tokens of {@code text}, after checking that each one's offsets cut its text out of the input. */
  private static List<String> tokens(String text) {
    Dataset<Row> input = spark.createDataset(List.of(text), Encoders.STRING()).toDF(NlpColumns.TEXT);
    Dataset<Row> tokenized = NlpStages.tokenizer(spark).transform(
        NlpStages.sentenceDetector().transform(NlpStages.documentAssembler().transform(input)));
    List<Row> rows = tokenized.selectExpr("explode(" + NlpColumns.TOKEN + ") AS t")
        .selectExpr("t.begin", "t.end", "t.result").collectAsList();
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      String token = r.getString(2);
      assertThat(text.substring(r.getInt(0), r.getInt(1) + 1)).as("offsets of %s", token).isEqualTo(token);
      out.add(token);
    }
    return out;
  }
}
