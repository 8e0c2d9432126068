package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyScoresTest {
  @Test
  void countsHeadsWithAndWithoutPunctuation() {
    // "He left ." gold: He->2, left->0, .->2 ; predicted: He->2 (ok), left->3 (wrong), .->2 (ok)
    var first = new DependencyScores.Sentence(new int[] {2, 0, 2}, new int[] {2, 3, 2},
        new boolean[] {false, false, true});
    // "Yes !" gold: Yes->0, !->1 ; predicted: Yes->0 (ok), !->0 (wrong)
    var second = new DependencyScores.Sentence(new int[] {0, 1}, new int[] {0, 0},
        new boolean[] {false, true});
    DependencyScores s = DependencyScores.score(List.of(first, second));
    assertThat(s.sentences()).isEqualTo(2);
    assertThat(s.words()).isEqualTo(5);
    assertThat(s.correct()).isEqualTo(3);
    assertThat(s.uas()).isCloseTo(0.6, within(1e-9));
    assertThat(s.wordsWithoutPunctuation()).isEqualTo(3);
    assertThat(s.correctWithoutPunctuation()).isEqualTo(2);
    assertThat(s.uasWithoutPunctuation()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.toString()).startsWith("UAS 60.00% (3/5 words");
  }

  @Test
  void unknownHeadIsWrongAndEmptyInputScoresZero() {
    var s = DependencyScores.score(List.of(new DependencyScores.Sentence(
        new int[] {0}, new int[] {-1}, new boolean[] {false})));
    assertThat(s.uas()).isZero();
    assertThat(DependencyScores.score(List.of()).uas()).isZero();
  }

  @Test
  void lengthsMustAgree() {
    assertThatThrownBy(() -> new DependencyScores.Sentence(new int[] {0, 1}, new int[] {0},
        new boolean[] {false, false})).isInstanceOf(IllegalArgumentException.class);
  }
}
