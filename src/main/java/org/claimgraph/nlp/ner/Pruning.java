package org.claimgraph.nlp.ner;

import org.claimgraph.nlp.learning.FeatureIndex;

/** Drops features whose learned weights are all zero: they cost space and lookups, add nothing. */
final class Pruning {
  private static final int T = NerTags.COUNT;
  private static final float EPSILON = 1e-4f;

  private Pruning() {}

  static LinearSequenceModel compact(LinearSequenceModel model) {
    long[] keys = model.index.keysByRow();
    FeatureIndex kept = new FeatureIndex(keys.length / 2);
    float[] weights = new float[keys.length * T];
    for (int row = 0; row < keys.length; row++) {
      if (hasWeight(model.weights, row)) {
        int to = kept.add(keys[row]);
        System.arraycopy(model.weights, row * T, weights, to * T, T);
      }
    }
    return new LinearSequenceModel(kept,
        java.util.Arrays.copyOf(weights, kept.size() * T), model.transitions);
  }

  private static boolean hasWeight(float[] weights, int row) {
    for (int t = 0; t < T; t++) {
      if (Math.abs(weights[row * T + t]) > EPSILON) {
        return true;
      }
    }
    return false;
  }
}
