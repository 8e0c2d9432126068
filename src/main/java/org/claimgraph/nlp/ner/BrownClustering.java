package org.claimgraph.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.claimgraph.ClaimgraphException;

/**
 * Brown clustering (Brown et al. 1992) of the frequent words of unlabelled news, in the windowed
 * greedy form of Liang (2005): words enter in order of frequency, at most {@code C} clusters are
 * active, and each new word is followed by the merge that loses the least average mutual
 * information between adjacent clusters. Once every word is in one of the {@code C} clusters,
 * they are merged down to one, which gives each cluster a bit-string path (0 = the side kept in
 * its slot, 1 = the side merged into it).
 *
 * <p>The loss of every pair of active clusters is kept in a table and corrected in O(1) per pair
 * after each addition or merge, so a step costs O(C²). Counts are taken as given (case kept) and
 * only between adjacent in-vocabulary tokens of the same article. Deterministic: ties go to the
 * lowest slot pair and the parallel loops write disjoint rows.
 */
public final class BrownClustering {

  /**
   * @param minCount words seen fewer times are not clustered
   * @param maxVocabulary at most this many of the most frequent words are clustered
   * @param clusters number of active clusters C (leaves of the hierarchy)
   * @param prefixes path prefix lengths used as features
   * @param window features for the words up to this many positions left and right as well
   */
  public record Options(int minCount, int maxVocabulary, int clusters, int[] prefixes,
      int window) {
    /** The default model's settings; the model card's tuning history says how they were chosen. */
    public static Options defaults() {
      return new Options(5, 20_000, 1000, new int[] {4, 6, 10, 20}, 1);
    }

    public Options withClusters(int c) {
      return new Options(minCount, maxVocabulary, c, prefixes, window);
    }

    public Options withMaxVocabulary(int v) {
      return new Options(minCount, v, clusters, prefixes, window);
    }

    public Options withPrefixes(int[] p) {
      return new Options(minCount, maxVocabulary, clusters, p, window);
    }

    public Options withWindow(int w) {
      return new Options(minCount, maxVocabulary, clusters, prefixes, w);
    }
  }

  private BrownClustering() {}

  /**
   * The clusters of {@code newsFiles}, read from {@code cache} when it exists and written there
   * otherwise (null: no cache). Clustering takes 10-20 minutes on 2 cores, the rest of NER
   * training about one, so repeated trainings reuse it.
   */
  public static BrownClusters cached(List<Path> newsFiles, Options options, Path cache) {
    try {
      if (cache != null && Files.exists(cache)) {
        System.err.printf("brown: clusters read from %s%n", cache);
        return BrownClusters.load(cache).withFeatures(options.prefixes(), options.window());
      }
      BrownClusters clusters = build(newsFiles, options);
      if (cache != null) {
        clusters.save(cache);
      }
      return clusters;
    } catch (IOException e) {
      throw ClaimgraphException.of("cannot use the Brown clusters cache " + cache, e.toString(),
          "delete the file to recompute it, or pass another path.", e);
    }
  }

  /** Clusters the words of the "text" fields of JSON-lines news files. */
  public static BrownClusters build(List<Path> newsFiles, Options options) {
    long start = System.nanoTime();
    Map<String, int[]> counts = NewsText.wordCounts(newsFiles);
    List<String> vocabulary = NewsText.frequentWords(counts, options.minCount(), options.maxVocabulary());
    Map<String, Integer> ids = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    long v = vocabulary.size();
    LongList keys = new LongList();
    NewsText.forEachArticle(newsFiles, tokens -> {
      int previous = -1;
      for (String t : tokens) {
        Integer id = ids.get(t);
        int current = id == null ? -1 : id;
        if (previous >= 0 && current >= 0) {
          keys.add(previous * v + current);
        }
        previous = current;
      }
    });
    long[] sorted = keys.toSortedArray();
    System.err.printf("brown: %d words, %d bigram tokens read in %.0f s%n", vocabulary.size(),
        sorted.length, (System.nanoTime() - start) / 1e9);
    int[] left = new int[sorted.length];
    int[] right = new int[sorted.length];
    int[] count = new int[sorted.length];
    int distinct = 0;
    for (int k = 0; k < sorted.length; ) {
      int e = k;
      while (e < sorted.length && sorted[e] == sorted[k]) {
        e++;
      }
      left[distinct] = (int) (sorted[k] / v);
      right[distinct] = (int) (sorted[k] % v);
      count[distinct] = e - k;
      distinct++;
      k = e;
    }
    Result result = cluster(vocabulary.size(), Arrays.copyOf(left, distinct),
        Arrays.copyOf(right, distinct), Arrays.copyOf(count, distinct), options.clusters());
    System.err.printf("brown: %d words in %d clusters, %.0f s%n", vocabulary.size(),
        Math.min(options.clusters(), vocabulary.size()), (System.nanoTime() - start) / 1e9);
    return new BrownClusters(vocabulary, result.leafOfWord(), result.leafPaths(), options.prefixes(),
        options.window());
  }

  /** Each word's leaf cluster and each leaf's bit-string path from the root. */
  record Result(int[] leafOfWord, String[] leafPaths) {}

  /** Clusters words 0..vocabulary-1 (most frequent first) given their distinct adjacent bigrams. */
  static Result cluster(int vocabulary, int[] left, int[] right, int[] count, int clusters) {
    return new Agglomeration(vocabulary, left, right, count, Math.min(clusters, vocabulary))
        .run();
  }

  /** The state of one clustering run; slots 0..C hold the active clusters. */
  private static final class Agglomeration {
    private static final int TABLE = 1 << 20;
    private static final double[] C_LOG_C = new double[TABLE];

    static {
      for (int c = 1; c < TABLE; c++) {
        C_LOG_C[c] = c * Math.log(c);
      }
    }

    private final int words;
    private final int c;
    private final int slots;
    // Bigrams bucketed by their later (less frequent) word: counted when that word enters.
    private final int[] bucketStart;
    private final int[] bucketLeft;
    private final int[] bucketRight;
    private final int[] bucketCount;
    private final long[] wordLeft;
    private final long[] wordRight;
    private final double logN;

    private final int[][] cnt;
    private final long[] lm;
    private final long[] rm;
    private final double[] lL;
    private final double[] lR;
    private final double[][] pl;
    private final double[][] pr;
    private final double[][] q;
    private final double[] s;
    private final double[][] loss;
    private final boolean[] active;
    // Members of each slot as a linked list of words.
    private final int[] head;
    private final int[] tail;
    private final int[] next;
    private final int[] size;
    private final int[] wordSlot;

    Agglomeration(int words, int[] left, int[] right, int[] count, int c) {
      this.words = words;
      this.c = c;
      this.slots = c + 1;
      wordLeft = new long[words];
      wordRight = new long[words];
      long total = 0;
      bucketStart = new int[words + 1];
      for (int k = 0; k < left.length; k++) {
        wordLeft[left[k]] += count[k];
        wordRight[right[k]] += count[k];
        total += count[k];
        bucketStart[Math.max(left[k], right[k]) + 1]++;
      }
      logN = Math.log(Math.max(total, 1));
      for (int w = 0; w < words; w++) {
        bucketStart[w + 1] += bucketStart[w];
      }
      int[] fill = Arrays.copyOf(bucketStart, words);
      bucketLeft = new int[left.length];
      bucketRight = new int[left.length];
      bucketCount = new int[left.length];
      for (int k = 0; k < left.length; k++) {
        int at = fill[Math.max(left[k], right[k])]++;
        bucketLeft[at] = left[k];
        bucketRight[at] = right[k];
        bucketCount[at] = count[k];
      }
      cnt = new int[slots][slots];
      lm = new long[slots];
      rm = new long[slots];
      lL = new double[slots];
      lR = new double[slots];
      pl = new double[slots][slots];
      pr = new double[slots][slots];
      q = new double[slots][slots];
      s = new double[slots];
      loss = new double[slots][slots];
      active = new boolean[slots];
      head = new int[slots];
      tail = new int[slots];
      size = new int[slots];
      next = new int[words];
      wordSlot = new int[words];
    }

    /** N·q for a bigram count between clusters with the given log marginals. */
    private double weight(long count, double logLeft, double logRight) {
      if (count == 0) {
        return 0;
      }
      double clogc = count < TABLE ? C_LOG_C[(int) count] : count * Math.log(count);
      return clogc + count * (logN - logLeft - logRight);
    }

    Result run() {
      long start = System.nanoTime();
      int free = 0;
      for (int w = 0; w < words; w++) {
        add(w, free);
        if (w + 1 < slots) {
          free = w + 1;
          continue;
        }
        free = mergeBest();
        if (w % 5000 == 0) {
          System.err.printf("brown: %d/%d words, %.0f s%n", w, words,
              (System.nanoTime() - start) / 1e9);
        }
      }
      // Each active slot is a leaf; merge them down to one, recording the tree.
      int leaves = Math.min(c, words);
      int[] nodeOfSlot = new int[slots];
      int[] leafOfSlot = new int[slots];
      Arrays.fill(leafOfSlot, -1);
      int[] parent = new int[2 * leaves];
      int[] bit = new int[2 * leaves];
      Arrays.fill(parent, -1);
      int nodes = 0;
      for (int t = 0; t < slots; t++) {
        if (active[t]) {
          leafOfSlot[t] = nodes;
          nodeOfSlot[t] = nodes++;
        }
      }
      // Words merged into a slot during the windowed phase share that slot's leaf.
      int[] finalLeaf = new int[words];
      for (int w = 0; w < words; w++) {
        finalLeaf[w] = leafOfSlot[wordSlot[w]];
      }
      for (int remaining = leaves; remaining > 1; remaining--) {
        if (VERIFY) {
          verify();
        }
        int[] pair = bestPair();
        int kept = keptSlot(pair[0], pair[1]);
        int gone = kept == pair[0] ? pair[1] : pair[0];
        int node = nodes++;
        parent[nodeOfSlot[kept]] = node;
        bit[nodeOfSlot[kept]] = 0;
        parent[nodeOfSlot[gone]] = node;
        bit[nodeOfSlot[gone]] = 1;
        merge(kept, gone);
        nodeOfSlot[kept] = node;
      }
      String[] leafPath = new String[leaves];
      for (int leaf = 0; leaf < leaves; leaf++) {
        StringBuilder path = new StringBuilder();
        for (int n = leaf; parent[n] >= 0; n = parent[n]) {
          path.append((char) ('0' + bit[n]));
        }
        leafPath[leaf] = path.reverse().toString();
      }
      return new Result(finalLeaf, leafPath);
    }

    static final boolean VERIFY = Boolean.getBoolean("claimgraph.brown.verify");

    /** Average mutual information (times N) of the active clusters, optionally with a+b merged. */
    private double information(int a, int b) {
      double total = 0;
      for (int x = 0; x < slots; x++) {
        for (int y = 0; y < slots; y++) {
          if (!active[x] || !active[y] || (b >= 0 && (x == b || y == b))) {
            continue;
          }
          long count = cnt[x][y];
          long left = lm[x];
          long right = rm[y];
          if (b >= 0) {
            if (x == a) {
              count += cnt[b][y];
              left += lm[b];
            }
            if (y == a) {
              count += cnt[x][b];
              right += rm[b];
            }
            if (x == a && y == a) {
              count += cnt[b][b];
            }
          }
          total += weight(count, Math.log(left), Math.log(right));
        }
      }
      return total;
    }

    private void verify() {
      double base = information(-1, -1);
      for (int a = 0; a < slots; a++) {
        for (int b = a + 1; b < slots; b++) {
          if (active[a] && active[b]) {
            double expected = base - information(a, b);
            if (Math.abs(expected - loss[a][b]) > 1e-6 * Math.max(1, Math.abs(expected))) {
              throw new IllegalStateException("loss " + a + "," + b + ": table " + loss[a][b]
                  + " vs " + expected);
            }
          }
        }
      }
    }

    /** Merges the pair with the least loss; returns the slot it frees. */
    private int mergeBest() {
      if (VERIFY) {
        verify();
      }
      int[] pair = bestPair();
      int kept = keptSlot(pair[0], pair[1]);
      int gone = kept == pair[0] ? pair[1] : pair[0];
      merge(kept, gone);
      return gone;
    }

    /** The larger cluster keeps its slot, so fewer words change slot. */
    private int keptSlot(int a, int b) {
      return size[a] >= size[b] ? a : b;
    }

    private int[] bestPair() {
      double[] rowBest = new double[slots];
      int[] rowArg = new int[slots];
      IntStream.range(0, slots).parallel().forEach(a -> {
        double best = Double.POSITIVE_INFINITY;
        int arg = -1;
        if (active[a]) {
          double[] row = loss[a];
          for (int b = a + 1; b < slots; b++) {
            if (active[b] && row[b] < best) {
              best = row[b];
              arg = b;
            }
          }
        }
        rowBest[a] = best;
        rowArg[a] = arg;
      });
      int bestA = -1;
      for (int a = 0; a < slots; a++) {
        if (rowArg[a] >= 0 && (bestA < 0 || rowBest[a] < rowBest[bestA])) {
          bestA = a;
        }
      }
      return new int[] {bestA, rowArg[bestA]};
    }

    /** Puts word {@code w} alone into the free slot {@code t}. */
    private void add(int w, int t) {
      head[t] = w;
      tail[t] = w;
      next[w] = -1;
      size[t] = 1;
      wordSlot[w] = t;
      for (int x = 0; x < slots; x++) {
        cnt[t][x] = 0;
        cnt[x][t] = 0;
      }
      for (int k = bucketStart[w]; k < bucketStart[w + 1]; k++) {
        cnt[wordSlot[bucketLeft[k]]][wordSlot[bucketRight[k]]] += bucketCount[k];
      }
      lm[t] = wordLeft[w];
      rm[t] = wordRight[w];
      lL[t] = Math.log(lm[t]);
      lR[t] = Math.log(rm[t]);
      for (int x = 0; x < slots; x++) {
        if (active[x]) {
          pl[t][x] = pl[x][t] = Math.log(lm[t] + lm[x]);
          pr[t][x] = pr[x][t] = Math.log(rm[t] + rm[x]);
          q[t][x] = weight(cnt[t][x], lL[t], lR[x]);
          q[x][t] = weight(cnt[x][t], lL[x], lR[t]);
        }
      }
      q[t][t] = weight(cnt[t][t], lL[t], lR[t]);
      pl[t][t] = pr[t][t] = 0;
      // Existing pairs gain the terms between the new cluster and them.
      int[] toT = new int[slots];
      int[] fromT = new int[slots];
      double[] qt = new double[slots];
      for (int x = 0; x < slots; x++) {
        if (active[x]) {
          toT[x] = cnt[x][t];
          fromT[x] = cnt[t][x];
          qt[x] = q[x][t] + q[t][x];
        }
      }
      double lLt = lL[t];
      double lRt = lR[t];
      IntStream.range(0, slots).parallel().forEach(a -> {
        if (!active[a]) {
          return;
        }
        double[] row = loss[a];
        double[] pla = pl[a];
        double[] pra = pr[a];
        for (int b = a + 1; b < slots; b++) {
          if (!active[b]) {
            continue;
          }
          int to = toT[a] + toT[b];
          int from = fromT[a] + fromT[b];
          if (to == 0 && from == 0) {
            row[b] += qt[a] + qt[b];
          } else {
            row[b] += qt[a] + qt[b] - weight(to, pla[b], lRt) - weight(from, lLt, pra[b]);
          }
        }
      });
      for (int x = 0; x < slots; x++) {
        if (active[x]) {
          s[x] += qt[x];
        }
      }
      active[t] = true;
      double st = -q[t][t];
      for (int x = 0; x < slots; x++) {
        if (active[x]) {
          st += q[t][x] + q[x][t];
        }
      }
      s[t] = st;
      refreshPairsWith(t);
    }

    /** Recomputes the loss of every pair that includes slot t. */
    private void refreshPairsWith(int t) {
      IntStream.range(0, slots).parallel().forEach(x -> {
        if (active[x] && x != t) {
          loss[Math.min(t, x)][Math.max(t, x)] = fullLoss(t, x);
        }
      });
    }

    /** Loss of average mutual information (times N) if a and b were merged, from scratch. */
    private double fullLoss(int a, int b) {
      double lLu = pl[a][b];
      double lRu = pr[a][b];
      long uu = (long) cnt[a][a] + cnt[a][b] + cnt[b][a] + cnt[b][b];
      double merged = weight(uu, lLu, lRu);
      int[] ra = cnt[a];
      int[] rb = cnt[b];
      for (int x = 0; x < slots; x++) {
        if (active[x] && x != a && x != b) {
          merged += weight((long) ra[x] + rb[x], lLu, lR[x])
              + weight((long) cnt[x][a] + cnt[x][b], lL[x], lRu);
        }
      }
      return s[a] + s[b] - q[a][b] - q[b][a] - merged;
    }

    /** Merges slot j into slot i. */
    private void merge(int i, int j) {
      int[] ri = new int[slots];
      int[] rj = new int[slots];
      int[] ci = new int[slots];
      int[] cj = new int[slots];
      double[] qkr = new double[slots];
      double[] qkc = new double[slots];
      double[] ds = new double[slots];
      double lLk = pl[i][j];
      double lRk = pr[i][j];
      for (int x = 0; x < slots; x++) {
        if (active[x] && x != i && x != j) {
          ri[x] = cnt[i][x];
          rj[x] = cnt[j][x];
          ci[x] = cnt[x][i];
          cj[x] = cnt[x][j];
          qkr[x] = weight((long) ri[x] + rj[x], lLk, lR[x]);
          qkc[x] = weight((long) ci[x] + cj[x], lL[x], lRk);
          ds[x] = qkr[x] + qkc[x] - q[i][x] - q[x][i] - q[j][x] - q[x][j];
        }
      }
      double lLi = lL[i];
      double lRi = lR[i];
      double lLj = lL[j];
      double lRj = lR[j];
      IntStream.range(0, slots).parallel().forEach(a -> {
        if (!active[a] || a == i || a == j) {
          return;
        }
        double[] row = loss[a];
        double[] pla = pl[a];
        double[] pra = pr[a];
        for (int b = a + 1; b < slots; b++) {
          if (!active[b] || b == i || b == j) {
            continue;
          }
          double lLu = pla[b];
          double lRu = pra[b];
          long toI = (long) ci[a] + ci[b];
          long toJ = (long) cj[a] + cj[b];
          long fromI = (long) ri[a] + ri[b];
          long fromJ = (long) rj[a] + rj[b];
          double change = weight(toI + toJ, lLu, lRk) + weight(fromI + fromJ, lLk, lRu)
              - weight(toI, lLu, lRi) - weight(fromI, lLi, lRu)
              - weight(toJ, lLu, lRj) - weight(fromJ, lLj, lRu);
          row[b] += ds[a] + ds[b] - change;
        }
      });
      // Install the merged cluster in slot i.
      cnt[i][i] = cnt[i][i] + cnt[i][j] + cnt[j][i] + cnt[j][j];
      active[j] = false;
      lm[i] += lm[j];
      rm[i] += rm[j];
      lL[i] = lLk;
      lR[i] = lRk;
      for (int x = 0; x < slots; x++) {
        if (active[x] && x != i) {
          cnt[i][x] = ri[x] + rj[x];
          cnt[x][i] = ci[x] + cj[x];
          pl[i][x] = pl[x][i] = Math.log(lm[i] + lm[x]);
          pr[i][x] = pr[x][i] = Math.log(rm[i] + rm[x]);
          q[i][x] = qkr[x];
          q[x][i] = qkc[x];
          s[x] += ds[x];
        }
      }
      q[i][i] = weight(cnt[i][i], lL[i], lR[i]);
      double si = -q[i][i];
      for (int x = 0; x < slots; x++) {
        if (active[x]) {
          si += q[i][x] + q[x][i];
        }
      }
      s[i] = si;
      refreshPairsWith(i);
      for (int w = head[j]; w >= 0; w = next[w]) {
        wordSlot[w] = i;
      }
      next[tail[i]] = head[j];
      tail[i] = tail[j];
      size[i] += size[j];
      size[j] = 0;
    }
  }

  /** A growable array of longs. */
  private static final class LongList {
    private long[] data = new long[1 << 20];
    private int size;

    void add(long x) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = x;
    }

    long[] toSortedArray() {
      long[] out = Arrays.copyOf(data, size);
      Arrays.parallelSort(out);
      return out;
    }
  }
}
