package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelAveragingTest {
  private static final int T = NerTags.COUNT;

  @Test
  void theAverageScoresEveryFeatureAsTheMeanOfItsMembers() {
    Random random = new Random(7);
    LinearSequenceModel first = model(random, 10L, 20L);
    LinearSequenceModel second = model(random, 20L, 30L);

    LinearSequenceModel average = ModelAveraging.average(List.of(first, second));

    for (long key : new long[] {10L, 20L, 30L, 40L}) {
      float[] expected = new float[T];
      first.scoreKeys(new long[] {key}, 1, expected, 0);
      second.scoreKeys(new long[] {key}, 1, expected, 0);
      float[] actual = new float[T];
      average.scoreKeys(new long[] {key}, 1, actual, 0);
      for (int t = 0; t < T; t++) {
        assertThat(actual[t]).as("key %d tag %d", key, t).isCloseTo(expected[t] / 2, within(1e-5f));
      }
    }
    for (int i = 0; i < average.transitions.length; i++) {
      assertThat(average.transitions[i])
          .isCloseTo((first.transitions[i] + second.transitions[i]) / 2, within(1e-5f));
    }
  }

  @Test
  void membersOfTheTrainedEnsembleStillLearnTheTrainingSentences() {
    // TinyCorpus trains with two averaged members per pass.
    NerTaggerCore core = TinyCorpus.train();
    for (LabeledDocument doc : TinyCorpus.documents()) {
      assertThat(core.tag(doc.sentences())).isEqualTo(doc.tags());
    }
  }

  private static LinearSequenceModel model(Random random, long... keys) {
    float[] weights = new float[keys.length * T];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextFloat() * 2 - 1;
    }
    float[] transitions = new float[(T + 1) * T];
    for (int i = 0; i < transitions.length; i++) {
      transitions[i] = random.nextFloat();
    }
    return new LinearSequenceModel(FeatureIndex.ofKeys(keys), weights, transitions);
  }
}
