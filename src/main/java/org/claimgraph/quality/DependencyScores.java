package org.claimgraph.quality;

import java.util.List;

/**
 * Unlabelled attachment scores of a dependency parser against gold trees.
 *
 * <p>The headline is {@link #uas()}: every syntactic word counts, punctuation included, as in the
 * CoNLL 2018 shared task scorer. {@link #uasWithoutPunctuation()} leaves out words whose gold
 * relation is {@code punct} (the older CoNLL-X convention), for comparison with older figures.
 */
public record DependencyScores(int sentences, int words, int correct, int wordsWithoutPunctuation,
    int correctWithoutPunctuation) {

  /** One sentence: 1-based heads (0 = root) per word, gold and predicted, and which are punctuation. */
  public record Sentence(int[] goldHeads, int[] predictedHeads, boolean[] punctuation) {
    public Sentence {
      if (goldHeads.length != predictedHeads.length || goldHeads.length != punctuation.length) {
        throw new IllegalArgumentException("gold " + goldHeads.length + ", predicted "
            + predictedHeads.length + " and punctuation " + punctuation.length
            + " must have one entry per word");
      }
    }
  }

  public static DependencyScores score(List<Sentence> sentences) {
    int words = 0;
    int correct = 0;
    int wordsNoPunct = 0;
    int correctNoPunct = 0;
    for (Sentence s : sentences) {
      for (int i = 0; i < s.goldHeads().length; i++) {
        boolean ok = s.goldHeads()[i] == s.predictedHeads()[i];
        words++;
        correct += ok ? 1 : 0;
        if (!s.punctuation()[i]) {
          wordsNoPunct++;
          correctNoPunct += ok ? 1 : 0;
        }
      }
    }
    return new DependencyScores(sentences.size(), words, correct, wordsNoPunct, correctNoPunct);
  }

  /** Headline: share of words, punctuation included, whose predicted head is the gold head. */
  public double uas() {
    return words == 0 ? 0 : (double) correct / words;
  }

  public double uasWithoutPunctuation() {
    return wordsWithoutPunctuation == 0 ? 0
        : (double) correctWithoutPunctuation / wordsWithoutPunctuation;
  }

  @Override
  public String toString() {
    return String.format("UAS %.2f%% (%d/%d words, punctuation included); %.2f%% without "
            + "punctuation (%d/%d); %d sentences", 100 * uas(), correct, words,
        100 * uasWithoutPunctuation(), correctWithoutPunctuation, wordsWithoutPunctuation,
        sentences);
  }
}
