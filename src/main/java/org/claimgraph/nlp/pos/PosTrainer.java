package org.claimgraph.nlp.pos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimgraph.nlp.learning.FeatureIndex;
import org.claimgraph.nlp.learning.TrainingOrder;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * Trains {@link PosTaggerCore} as an averaged perceptron: tag each training sentence left to
 * right with the current weights, using the tags it has just predicted as context (as it will at
 * run time), and move the weights towards the gold tag wherever it was wrong.
 */
public final class PosTrainer {
  /** Words seen this often with one tag at least this share of the time skip the model. */
  private static final int UNAMBIGUOUS_MIN_COUNT = 20;
  private static final double UNAMBIGUOUS_MIN_SHARE = 0.97;

  /** One training sentence: words and their gold tags. */
  public record Sentence(List<String> words, List<String> tags) {}

  private PosTrainer() {}

  public static PosTaggerCore train(List<Sentence> sentences, int iterations, long seed) {
    String[] tags = tagSet(sentences);
    Map<String, Integer> tagIndex = new HashMap<>();
    for (int i = 0; i < tags.length; i++) {
      tagIndex.put(tags[i], i);
    }
    Map<String, Integer> unambiguous = unambiguousWords(sentences, tagIndex);
    Weights w = new Weights(tags.length);
    List<int[]> gold = new ArrayList<>();
    List<String[]> norms = new ArrayList<>();
    for (Sentence s : sentences) {
      gold.add(s.tags().stream().mapToInt(tagIndex::get).toArray());
      norms.add(s.words().stream().map(WordShapes::normalize).toArray(String[]::new));
    }
    TrainingOrder order = new TrainingOrder(sentences.size(), seed);
    long[] features = new long[PosFeatures.MAX];
    float[] scores = new float[tags.length];
    for (int it = 0; it < iterations; it++) {
      for (int s : order.nextEpoch()) {
        List<String> words = sentences.get(s).words();
        int[] predicted = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
          Integer known = unambiguous.get(words.get(i));
          if (known != null) {
            predicted[i] = known;
            continue;
          }
          int count = PosFeatures.extract(words, norms.get(s), i, i > 0 ? predicted[i - 1] : -1,
              i > 1 ? predicted[i - 2] : -1, features);
          int guess = w.best(features, count, scores);
          int truth = gold.get(s)[i];
          if (guess != truth) {
            w.update(features, count, truth, guess);
          }
          predicted[i] = guess;
          w.step++;
        }
      }
    }
    return w.averaged(tags, unambiguous);
  }

  private static String[] tagSet(List<Sentence> sentences) {
    TreeSet<String> seen = new TreeSet<>();
    sentences.forEach(s -> seen.addAll(s.tags()));
    // The model file stores a tag index in one signed byte.
    if (seen.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("at most 127 tags are supported, got " + seen.size());
    }
    return seen.toArray(String[]::new);
  }

  private static Map<String, Integer> unambiguousWords(List<Sentence> sentences,
      Map<String, Integer> tagIndex) {
    Map<String, int[]> counts = new HashMap<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < s.words().size(); i++) {
        counts.computeIfAbsent(s.words().get(i), k -> new int[tagIndex.size()])
            [tagIndex.get(s.tags().get(i))]++;
      }
    }
    Map<String, Integer> out = new HashMap<>();
    counts.forEach((word, c) -> {
      int total = Arrays.stream(c).sum();
      int best = 0;
      for (int t = 1; t < c.length; t++) {
        if (c[t] > c[best]) {
          best = t;
        }
      }
      if (total >= UNAMBIGUOUS_MIN_COUNT && c[best] >= UNAMBIGUOUS_MIN_SHARE * total) {
        out.put(word, best);
      }
    });
    return out;
  }

  /** Growing weights with step-weighted sums, so the average costs nothing per update. */
  private static final class Weights {
    final int tags;
    final FeatureIndex index = new FeatureIndex(1 << 16);
    float[] weights;
    double[] sums;
    long step = 1;

    Weights(int tags) {
      this.tags = tags;
      weights = new float[(1 << 16) * tags];
      sums = new double[weights.length];
    }

    int best(long[] features, int count, float[] scores) {
      Arrays.fill(scores, 0f);
      for (int k = 0; k < count; k++) {
        int row = index.get(features[k]);
        if (row >= 0) {
          for (int t = 0; t < tags; t++) {
            scores[t] += weights[row * tags + t];
          }
        }
      }
      int best = 0;
      for (int t = 1; t < tags; t++) {
        if (scores[t] > scores[best]) {
          best = t;
        }
      }
      return best;
    }

    void update(long[] features, int count, int truth, int guess) {
      for (int k = 0; k < count; k++) {
        int row = index.add(features[k]);
        if ((row + 1) * tags > weights.length) {
          weights = Arrays.copyOf(weights, weights.length * 2);
          sums = Arrays.copyOf(sums, sums.length * 2);
        }
        add(row * tags + truth, 1);
        add(row * tags + guess, -1);
      }
    }

    private void add(int at, float delta) {
      weights[at] += delta;
      sums[at] += step * delta;
    }

    /** The averaged weights, without features whose every weight averaged to (nearly) zero. */
    PosTaggerCore averaged(String[] tagNames, Map<String, Integer> unambiguous) {
      long[] keys = index.keysByRow();
      FeatureIndex kept = new FeatureIndex(keys.length);
      float[] out = new float[keys.length * tags];
      for (int row = 0; row < keys.length; row++) {
        float[] avg = new float[tags];
        boolean any = false;
        for (int t = 0; t < tags; t++) {
          float a = (float) (weights[row * tags + t] - sums[row * tags + t] / step);
          avg[t] = Math.abs(a) < 1e-3f ? 0f : a;
          any |= avg[t] != 0f;
        }
        if (any) {
          int to = kept.add(keys[row]);
          System.arraycopy(avg, 0, out, to * tags, tags);
        }
      }
      return new PosTaggerCore(tagNames, unambiguous, kept,
          Arrays.copyOf(out, kept.size() * tags));
    }
  }
}
