package org.claimgraph.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides which of the rules' candidate attributions to keep: a logistic regression over
 * {@link CueFeatures}, trained on PolNeAR train by {@link CueScorerTraining}, with the threshold
 * that gave the best cue F1 in cross-validation there. The rules alone must choose between
 * dropping every vetoed cue and keeping every cue of a listed verb; the scorer keeps a negated
 * "did not respond to" and drops the "want" of "they want to win" by their contexts.
 */
public final class CueScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAGIC = 0x43554531; // "CUE1"

  private final long[] keys; // sorted feature hashes
  private final float[] weights;
  private final double threshold;

  CueScorer(long[] keys, float[] weights, double threshold) {
    if (keys.length != weights.length) {
      throw new IllegalArgumentException("keys and weights differ in length");
    }
    this.keys = keys;
    this.weights = weights;
    this.threshold = threshold;
  }

  /** The probability the scorer gives that the candidate's cue is a real one. */
  public double probability(AttributionDocument doc, Candidate candidate, List<Candidate> candidates) {
    double sum = 0;
    for (long h : CueFeatures.of(doc, candidate, candidates)) {
      int i = Arrays.binarySearch(keys, h);
      if (i >= 0) {
        sum += weights[i];
      }
    }
    return 1 / (1 + Math.exp(-sum));
  }

  /** The candidates scoring at least the threshold, as attributions in text order. */
  public List<Attribution> select(AttributionDocument doc, List<Candidate> candidates) {
    List<Attribution> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (probability(doc, c, candidates) >= threshold) {
        out.add(c.attribution());
      }
    }
    return out;
  }

  public double threshold() {
    return threshold;
  }

  public int featureCount() {
    return keys.length;
  }

  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeDouble(threshold);
    out.writeInt(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.writeLong(keys[i]);
      out.writeFloat(weights[i]);
    }
    out.flush();
  }

  public static CueScorer read(InputStream stream, String name) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream));
    if (in.readInt() != MAGIC) {
      throw new IOException(name + " is not a claimgraph cue scorer (bad header)");
    }
    double threshold = in.readDouble();
    int n = in.readInt();
    long[] keys = new long[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readLong();
      weights[i] = in.readFloat();
      if (i > 0 && keys[i] <= keys[i - 1]) {
        throw new IOException(name + " is damaged: feature keys are out of order");
      }
    }
    return new CueScorer(keys, weights, threshold);
  }
}
