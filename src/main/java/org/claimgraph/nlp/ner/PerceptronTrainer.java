package org.claimgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.claimgraph.nlp.learning.FeatureIndex;
import org.claimgraph.nlp.learning.TrainingOrder;

/**
 * Averaged structured perceptron (Collins 2002) over a {@link LinearSequenceModel}: decode with
 * the current weights, move them towards the gold sequence where they disagree, and return the
 * average of the weights over all updates, which generalises far better than the last ones.
 */
final class PerceptronTrainer {
  static final int T = NerTags.COUNT;

  /** One training sentence: feature hashes per token and the gold tag indices. */
  record Instance(long[][] features, int[] gold) {}

  record Result(LinearSequenceModel model, int epochs, double devScore) {}

  private PerceptronTrainer() {}

  /**
   * Trains for {@code maxEpochs} epochs, or fewer if {@code devScore} (may be null) has not improved
   * for {@code patience} epochs; the best-scoring averaged model is returned.
   */
  static Result train(List<Instance> train, int maxEpochs, int patience, int minFeatureCount,
      long seed, ToDoubleFunction<LinearSequenceModel> devScore) {
    FeatureIndex index = frequentFeatures(train, minFeatureCount);
    List<int[][]> rows = new ArrayList<>(train.size());
    for (Instance instance : train) {
      rows.add(resolve(index, instance.features()));
    }
    int n = index.size();
    float[] weights = new float[n * T];
    double[] weightSums = new double[n * T];
    int transitionSize = (T + 1) * T;
    float[] transitions = new float[transitionSize];
    double[] transitionSums = new double[transitionSize];
    LinearSequenceModel current = new LinearSequenceModel(index, weights, transitions);

    TrainingOrder order = new TrainingOrder(train.size(), seed);
    long step = 1;
    LinearSequenceModel best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= maxEpochs; epoch++) {
      for (int k : order.nextEpoch()) {
        int[][] sentence = rows.get(k);
        int[] gold = train.get(k).gold();
        int[] predicted = decode(current, sentence);
        for (int i = 0; i < gold.length; i++) {
          if (predicted[i] != gold[i]) {
            for (int row : sentence[i]) {
              update(weights, weightSums, row * T + gold[i], 1, step);
              update(weights, weightSums, row * T + predicted[i], -1, step);
            }
          }
          int goldPrev = i == 0 ? LinearSequenceModel.START : gold[i - 1];
          int predPrev = i == 0 ? LinearSequenceModel.START : predicted[i - 1];
          if (goldPrev != predPrev || gold[i] != predicted[i]) {
            update(transitions, transitionSums, goldPrev * T + gold[i], 1, step);
            update(transitions, transitionSums, predPrev * T + predicted[i], -1, step);
          }
        }
        step++;
      }
      LinearSequenceModel averaged = new LinearSequenceModel(index,
          average(weights, weightSums, step), average(transitions, transitionSums, step));
      if (devScore == null) {
        best = averaged;
        bestEpoch = epoch;
        continue;
      }
      double score = devScore.applyAsDouble(averaged);
      System.err.printf("  epoch %d: dev %.2f%n", epoch, score);
      if (score > bestScore) {
        bestScore = score;
        best = averaged;
        bestEpoch = epoch;
      } else if (epoch - bestEpoch >= patience) {
        break;
      }
    }
    return new Result(Pruning.compact(best), bestEpoch, bestScore);
  }

  static int[] decode(LinearSequenceModel model, int[][] rows) {
    float[] emit = new float[rows.length * T];
    for (int i = 0; i < rows.length; i++) {
      model.scoreRows(rows[i], emit, i * T);
    }
    return model.viterbi(emit, rows.length);
  }

  /** Weight and step-weighted running sum, so the average costs nothing per step. */
  private static void update(float[] w, double[] sums, int at, float delta, long step) {
    w[at] += delta;
    sums[at] += step * delta;
  }

  private static float[] average(float[] w, double[] sums, long step) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - sums[i] / step);
    }
    return avg;
  }

  private static FeatureIndex frequentFeatures(List<Instance> train, int minCount) {
    FeatureIndex all = new FeatureIndex(1 << 20);
    int[] counts = new int[1 << 20];
    for (Instance instance : train) {
      for (long[] token : instance.features()) {
        for (long key : token) {
          int row = all.add(key);
          if (row >= counts.length) {
            counts = java.util.Arrays.copyOf(counts, counts.length * 2);
          }
          counts[row]++;
        }
      }
    }
    long[] keys = all.keysByRow();
    FeatureIndex kept = new FeatureIndex(keys.length / 2);
    for (int row = 0; row < keys.length; row++) {
      if (counts[row] >= minCount) {
        kept.add(keys[row]);
      }
    }
    return kept;
  }

  static int[][] resolve(FeatureIndex index, long[][] features) {
    int[][] rows = new int[features.length][];
    for (int i = 0; i < features.length; i++) {
      int[] r = new int[features[i].length];
      int size = 0;
      for (long key : features[i]) {
        int row = index.get(key);
        if (row >= 0) {
          r[size++] = row;
        }
      }
      rows[i] = size == r.length ? r : java.util.Arrays.copyOf(r, size);
    }
    return rows;
  }
}
