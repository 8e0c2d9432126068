package org.claimgraph.nlp.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Learns word clusters from unlabelled news: each frequent word gets a vector of positive PMI
 * with the words up to two to its left and right, squeezed by a sparse random projection, and
 * k-means groups the vectors. Coarser granularities cluster the finer centroids, so the levels
 * nest like the bit prefixes of Brown clusters. Deterministic for a given seed and input.
 */
public final class WordClusterBuilder {
  private static final int[] OFFSETS = {-2, -1, 1, 2};

  /**
   * @param minCount words seen fewer times get no cluster (keeps the model small)
   * @param maxVocabulary at most this many of the most frequent words are clustered
   * @param contextWords the most frequent words serve as context features
   * @param dimensions size of the projected vectors
   * @param granularities cluster counts, coarse to fine; the last is clustered directly
   */
  public record Options(Method method, int minCount, int maxVocabulary, int contextWords,
      int dimensions, int[] granularities, int iterations, long seed, int window, int negatives,
      int epochs) {
    public static Options defaults() {
      return new Options(Method.SKIP_GRAM, 5, 150_000, 1_500, 64, new int[] {64, 256, 1024}, 12,
          7L, 5, 5, 2);
    }

    /** The earlier PPMI + random projection vectors (cost 0.4 dev F1; kept for comparison). */
    public static Options ppmi() {
      return new Options(Method.PPMI, 25, 40_000, 1_500, 128, new int[] {64, 256, 1024}, 12, 7L,
          2, 0, 0);
    }
  }

  /** How word vectors are made before k-means. */
  public enum Method { PPMI, SKIP_GRAM }

  private WordClusterBuilder() {}

  public static WordClusters build(List<Path> newsFiles, Options options) {
    long start = System.nanoTime();
    Map<String, int[]> counts = NewsText.wordCounts(newsFiles);
    List<String> vocabulary = NewsText.frequentWords(counts, options.minCount(), options.maxVocabulary());
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    float[][] vectors = options.method() == Method.SKIP_GRAM
        ? skipGramVectors(newsFiles, ids, vocabulary, counts, options)
        : contextVectors(newsFiles, ids, options);
    System.err.printf("word vectors: %d words, %.0f s%n", vocabulary.size(),
        (System.nanoTime() - start) / 1e9);
    int[] granularities = options.granularities();
    int finest = granularities[granularities.length - 1];
    Random random = new Random(options.seed());
    int[][] assignment = new int[granularities.length][];
    float[][] centroids = new float[finest][];
    assignment[granularities.length - 1] = kmeans(vectors, finest, options.iterations(), random,
        centroids);
    float[][] points = centroids;
    for (int level = granularities.length - 2; level >= 0; level--) {
      float[][] coarse = new float[granularities[level]][];
      int[] parent = kmeans(points, granularities[level], options.iterations(), random, coarse);
      int[] finer = assignment[level + 1];
      int[] a = new int[vectors.length];
      for (int w = 0; w < a.length; w++) {
        a[w] = parent[finer[w]];
      }
      assignment[level] = a;
      points = coarse;
    }
    Map<String, short[]> clusters = new HashMap<>(vocabulary.size() * 2);
    for (int w = 0; w < vocabulary.size(); w++) {
      short[] c = new short[granularities.length];
      for (int level = 0; level < c.length; level++) {
        c[level] = (short) assignment[level][w];
      }
      clusters.put(vocabulary.get(w), c);
    }
    System.err.printf("word clusters: %d words, levels %s, %.0f s%n", vocabulary.size(),
        java.util.Arrays.toString(granularities), (System.nanoTime() - start) / 1e9);
    return new WordClusters(granularities, clusters);
  }

  /** Skip-gram vectors of the vocabulary (case kept), L2-normalised. */
  private static float[][] skipGramVectors(List<Path> newsFiles, Map<String, Integer> ids,
      List<String> vocabulary, Map<String, int[]> counts, Options options) {
    List<int[]> articles = new ArrayList<>();
    NewsText.forEachArticle(newsFiles, tokens -> {
      int[] a = new int[tokens.size()];
      int n = 0;
      for (String t : tokens) {
        Integer id = ids.get(t);
        if (id != null) {
          a[n++] = id;
        }
      }
      articles.add(java.util.Arrays.copyOf(a, n));
    });
    long[] wordCounts = new long[vocabulary.size()];
    for (int w = 0; w < wordCounts.length; w++) {
      wordCounts[w] = counts.get(vocabulary.get(w))[0];
    }
    int dims = options.dimensions();
    float[] flat = SkipGramEmbeddings.train(articles, wordCounts, dims, options.window(),
        options.negatives(), options.epochs(), 1e-4, options.seed());
    float[][] vectors = new float[wordCounts.length][];
    for (int w = 0; w < vectors.length; w++) {
      vectors[w] = java.util.Arrays.copyOfRange(flat, w * dims, (w + 1) * dims);
      normalize(vectors[w]);
    }
    return vectors;
  }

  /** PPMI context vectors of the vocabulary, randomly projected and L2-normalised. */
  private static float[][] contextVectors(List<Path> newsFiles, Map<String, Integer> ids,
      Options options) {
    int vocab = ids.size();
    int contexts = Math.min(options.contextWords(), vocab);
    int columns = OFFSETS.length * contexts;
    int[][] cooccurrence = new int[vocab][columns];
    NewsText.forEachArticle(newsFiles, tokens -> {
      int[] tokenIds = new int[tokens.size()];
      for (int i = 0; i < tokenIds.length; i++) {
        tokenIds[i] = ids.getOrDefault(tokens.get(i), -1);
      }
      for (int i = 0; i < tokenIds.length; i++) {
        if (tokenIds[i] < 0) {
          continue;
        }
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          if (j >= 0 && j < tokenIds.length && tokenIds[j] >= 0 && tokenIds[j] < contexts) {
            cooccurrence[tokenIds[i]][o * contexts + tokenIds[j]]++;
          }
        }
      }
    });
    double total = 0;
    double[] rowSums = new double[vocab];
    double[] columnSums = new double[columns];
    for (int w = 0; w < vocab; w++) {
      for (int c = 0; c < columns; c++) {
        rowSums[w] += cooccurrence[w][c];
        columnSums[c] += cooccurrence[w][c];
      }
      total += rowSums[w];
    }
    // Each context column adds ±1 to a few random output dimensions (sparse random projection).
    int spread = 4;
    Random random = new Random(options.seed());
    int[][] projectionDims = new int[columns][spread];
    float[][] projectionSigns = new float[columns][spread];
    for (int c = 0; c < columns; c++) {
      for (int k = 0; k < spread; k++) {
        projectionDims[c][k] = random.nextInt(options.dimensions());
        projectionSigns[c][k] = random.nextBoolean() ? 1f : -1f;
      }
    }
    float[][] vectors = new float[vocab][options.dimensions()];
    final double n = total;
    IntStream.range(0, vocab).parallel().forEach(w -> {
      float[] v = vectors[w];
      for (int c = 0; c < columns; c++) {
        int count = cooccurrence[w][c];
        if (count == 0) {
          continue;
        }
        double pmi = Math.log(count * n / (rowSums[w] * columnSums[c]));
        if (pmi > 0) {
          for (int k = 0; k < spread; k++) {
            v[projectionDims[c][k]] += (float) pmi * projectionSigns[c][k];
          }
        }
      }
      normalize(v);
    });
    return vectors;
  }

  private static void normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < v.length; i++) {
        v[i] *= scale;
      }
    }
  }

  /**
   * Spherical k-means (cosine similarity) from k distinct seeded starting points; fills
   * {@code centroids} and returns each point's cluster.
   */
  private static int[] kmeans(float[][] points, int k, int iterations, Random random,
      float[][] centroids) {
    int dims = points[0].length;
    int[] order = IntStream.range(0, points.length).toArray();
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (int c = 0; c < k; c++) {
      centroids[c] = points[order[c % order.length]].clone();
    }
    int[] assignment = new int[points.length];
    for (int iteration = 0; iteration < iterations; iteration++) {
      IntStream.range(0, points.length).parallel().forEach(p -> {
        float[] x = points[p];
        int best = 0;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float[] m = centroids[c];
          float dot = 0;
          for (int d = 0; d < dims; d++) {
            dot += x[d] * m[d];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        assignment[p] = best;
      });
      float[][] sums = new float[k][dims];
      for (int p = 0; p < points.length; p++) {
        float[] s = sums[assignment[p]];
        for (int d = 0; d < dims; d++) {
          s[d] += points[p][d];
        }
      }
      for (int c = 0; c < k; c++) {
        normalize(sums[c]);
        boolean empty = true;
        for (float x : sums[c]) {
          empty &= x == 0;
        }
        centroids[c] = empty ? points[order[random.nextInt(order.length)]].clone() : sums[c];
      }
    }
    return assignment;
  }
}
