package org.claimgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScorerTest {
  private static List<String> tags(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }

  @Test
  void readsIob1ChunksLikeConlleval() {
    // IOB1: I-X after O starts a chunk, B-X only separates adjacent chunks of one type.
    assertThat(ConllSpans.of(0, tags("I-PER I-PER O I-LOC B-LOC I-ORG")))
        .containsExactly(new EntitySpan(0, 0, 2, "PER"), new EntitySpan(0, 3, 4, "LOC"),
            new EntitySpan(0, 4, 5, "LOC"), new EntitySpan(0, 5, 6, "ORG"));
  }

  @Test
  void readsIob2Chunks() {
    assertThat(ConllSpans.of(0, tags("B-PER I-PER B-PER O B-MISC I-MISC")))
        .containsExactly(new EntitySpan(0, 0, 2, "PER"), new EntitySpan(0, 2, 3, "PER"),
            new EntitySpan(0, 4, 6, "MISC"));
  }

  @Test
  void scoresExactSpansAndTypes() {
    SpanScorer scorer = new SpanScorer();
    // gold: PER(0-2) LOC(3) ; predicted: PER(0-1) wrong boundary, ORG(3) wrong type, LOC(5) spurious
    scorer.add(tags("B-PER I-PER O B-LOC O O"), tags("B-PER O O B-ORG O B-LOC"));
    // gold: ORG(0-2) ; predicted: ORG(0-2) written in IOB1 style
    scorer.add(tags("B-ORG I-ORG O"), tags("I-ORG I-ORG O"));
    NerScores scores = scorer.scores();

    assertThat(scores.overall()).isEqualTo(new TypeCounts(3, 4, 1));
    assertThat(scores.overall().precision()).isCloseTo(25.0, within(1e-9));
    assertThat(scores.overall().recall()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(scores.f1()).isCloseTo(2 * 25.0 * (100.0 / 3) / (25.0 + 100.0 / 3), within(1e-9));
    assertThat(scores.f1("ORG")).isCloseTo(2 * 50.0 * 100 / 150, within(1e-9));
    assertThat(scores.f1("PER")).isZero();
    assertThat(scores.typeConfusions()).containsExactly(java.util.Map.entry("LOC->ORG", 1L));
    assertThat(scores.report()).contains("overall").contains("LOC->ORG 1");
    assertThat(scores.toJson()).contains("\"overall\":{\"gold\":3,\"predicted\":4,\"correct\":1");
  }

  @Test
  void perfectPredictionScoresOneHundred() {
    List<List<String>> gold = List.of(tags("I-PER I-PER O I-ORG"), tags("O I-MISC"));
    assertThat(SpanScorer.score(gold, gold).f1()).isEqualTo(100.0);
  }
}
