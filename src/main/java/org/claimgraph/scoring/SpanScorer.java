package org.claimgraph.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates gold and predicted tag sequences sentence by sentence and scores them like
 * conlleval: a predicted span counts only if its boundaries and type both match a gold span.
 */
public final class SpanScorer {
  private final Map<String, long[]> counts = new HashMap<>();
  private final Map<String, Long> confusions = new HashMap<>();
  private long tokens;
  private long tokensCorrect;
  private int sentences;

  /** Adds one sentence; the two lists are that sentence's gold and predicted tags. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " tags but prediction " + predicted.size());
    }
    int sentence = sentences++;
    List<EntitySpan> goldSpans = ConllSpans.of(sentence, gold);
    List<EntitySpan> predSpans = ConllSpans.of(sentence, predicted);
    // Token accuracy compares the chunks each token is in, so IOB1 gold vs IOB2 output is fair.
    String[] goldTokens = asIob2(goldSpans, gold.size());
    String[] predTokens = asIob2(predSpans, gold.size());
    for (int i = 0; i < goldTokens.length; i++) {
      tokens++;
      if (goldTokens[i].equals(predTokens[i])) {
        tokensCorrect++;
      }
    }
    goldSpans.forEach(s -> countsOf(s.type())[0]++);
    predSpans.forEach(s -> countsOf(s.type())[1]++);
    for (EntitySpan p : predSpans) {
      for (EntitySpan g : goldSpans) {
        if (p.sameBoundaries(g)) {
          if (p.type().equals(g.type())) {
            countsOf(p.type())[2]++;
          } else {
            confusions.merge(g.type() + "->" + p.type(), 1L, Long::sum);
          }
        }
      }
    }
  }

  private static String[] asIob2(List<EntitySpan> spans, int length) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (EntitySpan span : spans) {
      for (int i = span.start(); i < span.end(); i++) {
        tags[i] = (i == span.start() ? "B-" : "I-") + span.type();
      }
    }
    return tags;
  }

  private long[] countsOf(String type) {
    return counts.computeIfAbsent(type, t -> new long[3]);
  }

  public NerScores scores() {
    Map<String, TypeCounts> byType = new HashMap<>();
    counts.forEach((type, c) -> byType.put(type, new TypeCounts(c[0], c[1], c[2])));
    return new NerScores(Map.copyOf(byType), Map.copyOf(confusions), tokens, tokensCorrect);
  }

  /** Scores whole corpora given as parallel lists of sentences' tags. */
  public static NerScores score(List<List<String>> gold, List<List<String>> predicted) {
    SpanScorer scorer = new SpanScorer();
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i), predicted.get(i));
    }
    return scorer.scores();
  }
}
