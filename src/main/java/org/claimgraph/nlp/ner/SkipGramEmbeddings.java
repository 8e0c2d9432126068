package org.claimgraph.nlp.ner;

import java.util.List;

/**
 * Skip-gram word embeddings with negative sampling (Mikolov et al. 2013), trained on one thread
 * so that a seed and a corpus always give the same vectors. Frequent words are subsampled and
 * the learning rate decays linearly, as in the reference word2vec.
 */
final class SkipGramEmbeddings {
  private static final int EXP_TABLE = 1000;
  private static final float MAX_EXP = 6f;
  private static final float[] SIGMOID = sigmoidTable();
  private static final int NOISE_TABLE = 1 << 24;

  private SkipGramEmbeddings() {}

  /**
   * @param articles token ids per article (ids index {@code counts}, most frequent first)
   * @return row-major vectors, {@code dims} floats per word
   */
  static float[] train(List<int[]> articles, long[] counts, int dims, int window, int negatives,
      int epochs, double subsample, long seed) {
    int vocab = counts.length;
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    float[] in = new float[vocab * dims];
    float[] out = new float[vocab * dims];
    long random = seed;
    for (int i = 0; i < in.length; i++) {
      random = next(random);
      in[i] = (((random >>> 16) & 0xFFFF) / 65536f - 0.5f) / dims;
    }
    int[] noise = noiseTable(counts);
    float[] keep = new float[vocab];
    for (int w = 0; w < vocab; w++) {
      double f = counts[w] / (subsample * total);
      keep[w] = (float) ((Math.sqrt(f) + 1) / f);
    }
    float startRate = 0.025f;
    long planned = (long) epochs * total;
    long done = 0;
    float[] gradient = new float[dims];
    int[] kept = new int[1 << 16];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int[] article : articles) {
        if (kept.length < article.length) {
          kept = new int[article.length];
        }
        int n = 0;
        for (int w : article) {
          random = next(random);
          if (keep[w] >= 1f || keep[w] > ((random >>> 16) & 0xFFFF) / 65536f) {
            kept[n++] = w;
          }
        }
        done += article.length;
        float rate = Math.max(startRate * 1e-4f, startRate * (1 - done / (float) (planned + 1)));
        for (int i = 0; i < n; i++) {
          int word = kept[i];
          random = next(random);
          int shrink = (int) ((random >>> 16) % window);
          for (int j = i - window + shrink; j <= i + window - shrink; j++) {
            if (j < 0 || j >= n || j == i) {
              continue;
            }
            int context = kept[j] * dims;
            java.util.Arrays.fill(gradient, 0f);
            for (int k = 0; k <= negatives; k++) {
              int target;
              float label;
              if (k == 0) {
                target = word;
                label = 1;
              } else {
                random = next(random);
                target = noise[(int) ((random >>> 16) & (NOISE_TABLE - 1))];
                if (target == word) {
                  continue;
                }
                label = 0;
              }
              int t = target * dims;
              float dot = 0;
              for (int d = 0; d < dims; d++) {
                dot += in[context + d] * out[t + d];
              }
              float g;
              if (dot > MAX_EXP) {
                g = (label - 1) * rate;
              } else if (dot < -MAX_EXP) {
                g = label * rate;
              } else {
                g = (label - SIGMOID[(int) ((dot + MAX_EXP) * (EXP_TABLE / MAX_EXP / 2))]) * rate;
              }
              for (int d = 0; d < dims; d++) {
                gradient[d] += g * out[t + d];
                out[t + d] += g * in[context + d];
              }
            }
            for (int d = 0; d < dims; d++) {
              in[context + d] += gradient[d];
            }
          }
        }
      }
    }
    return in;
  }

  private static long next(long random) {
    return random * 25214903917L + 11;
  }

  /** Words in proportion to count^0.75, the noise distribution of negative sampling. */
  private static int[] noiseTable(long[] counts) {
    double norm = 0;
    for (long c : counts) {
      norm += Math.pow(c, 0.75);
    }
    int[] table = new int[NOISE_TABLE];
    int w = 0;
    double cumulative = Math.pow(counts[0], 0.75) / norm;
    for (int i = 0; i < NOISE_TABLE; i++) {
      table[i] = w;
      if (i / (double) NOISE_TABLE > cumulative && w < counts.length - 1) {
        w++;
        cumulative += Math.pow(counts[w], 0.75) / norm;
      }
    }
    return table;
  }

  private static float[] sigmoidTable() {
    float[] table = new float[EXP_TABLE + 1];
    for (int i = 0; i <= EXP_TABLE; i++) {
      double x = (i / (double) EXP_TABLE * 2 - 1) * MAX_EXP;
      table[i] = (float) (1 / (1 + Math.exp(-x)));
    }
    return table;
  }
}
