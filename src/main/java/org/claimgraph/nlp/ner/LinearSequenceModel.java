package org.claimgraph.nlp.ner;

import org.claimgraph.nlp.learning.FeatureIndex;

/**
 * A first-order linear-chain model: per-feature weights for each tag, tag-to-tag transition
 * weights, and Viterbi decoding that only allows valid BILOU sequences.
 */
final class LinearSequenceModel {
  static final int T = NerTags.COUNT;
  /** Transition rows 0..T-1 are the previous tag; row T is the sentence start. */
  static final int START = T;
  /** allowed[prev * T + next], prev = START at the sentence start: valid BILOU transitions. */
  private static final boolean[] ALLOWED = allowedTransitions();

  final FeatureIndex index;
  final float[] weights;
  final float[] transitions;

  LinearSequenceModel(FeatureIndex index, float[] weights, float[] transitions) {
    this.index = index;
    this.weights = weights;
    this.transitions = transitions;
  }

  /** Emission scores for one token from its already-resolved feature rows. */
  void scoreRows(int[] rows, float[] out, int offset) {
    for (int row : rows) {
      int base = row * T;
      for (int t = 0; t < T; t++) {
        out[offset + t] += weights[base + t];
      }
    }
  }

  /** Emission scores for one token from feature hashes; unknown features are skipped. */
  void scoreKeys(long[] keys, int count, float[] out, int offset) {
    for (int k = 0; k < count; k++) {
      int row = index.get(keys[k]);
      if (row >= 0) {
        int base = row * T;
        for (int t = 0; t < T; t++) {
          out[offset + t] += weights[base + t];
        }
      }
    }
  }

  /** Best valid tag sequence for {@code n} tokens whose emission scores are {@code emit[i*T+t]}. */
  int[] viterbi(float[] emit, int n) {
    int[] tags = new int[n];
    if (n == 0) {
      return tags;
    }
    float[] score = new float[n * T];
    int[] back = new int[n * T];
    for (int t = 0; t < T; t++) {
      score[t] = ALLOWED[START * T + t]
          ? emit[t] + transitions[START * T + t] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int t = 0; t < T; t++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < T; p++) {
          if (!ALLOWED[p * T + t]) {
            continue;
          }
          float s = score[(i - 1) * T + p] + transitions[p * T + t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * T + t] = best + emit[i * T + t];
        back[i * T + t] = arg;
      }
    }
    int last = 0;
    for (int t = 1; t < T; t++) {
      if (NerTags.closes(t) && score[(n - 1) * T + t] > score[(n - 1) * T + last]) {
        last = t;
      }
    }
    tags[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      tags[i - 1] = back[i * T + tags[i]];
    }
    return tags;
  }

  private static boolean[] allowedTransitions() {
    boolean[] allowed = new boolean[(T + 1) * T];
    for (int p = 0; p <= T; p++) {
      for (int t = 0; t < T; t++) {
        allowed[p * T + t] = NerTags.allowed(p == START ? -1 : p, t);
      }
    }
    return allowed;
  }
}
