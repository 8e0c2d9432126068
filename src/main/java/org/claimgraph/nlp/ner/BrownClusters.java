package org.claimgraph.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.nlp.learning.Hashing;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * Word → Brown cluster bit-string path, learned by {@link BrownClustering}, with the feature
 * settings it was built for (path prefix lengths, context window) so a saved model extracts the
 * same features it was trained with. Words are looked up as written, then (all-caps words)
 * capitalised, then lower-cased.
 */
public final class BrownClusters {
  private final String[] paths;
  private final Map<String, Integer> leaves;
  private final int[] prefixes;
  private final int window;
  // Per leaf, the hashed path prefix for each prefix length.
  private final long[][] prefixHashes;

  BrownClusters(List<String> words, int[] leafOfWord, String[] paths, int[] prefixes,
      int window) {
    this(paths, toMap(words, leafOfWord), prefixes, window);
  }

  private BrownClusters(String[] paths, Map<String, Integer> leaves, int[] prefixes, int window) {
    this.paths = paths;
    this.leaves = leaves;
    this.prefixes = prefixes.clone();
    this.window = window;
    prefixHashes = new long[paths.length][prefixes.length];
    for (int leaf = 0; leaf < paths.length; leaf++) {
      for (int p = 0; p < prefixes.length; p++) {
        String path = paths[leaf];
        prefixHashes[leaf][p] = Hashing.of(path, 0, Math.min(prefixes[p], path.length()));
      }
    }
  }

  private static Map<String, Integer> toMap(List<String> words, int[] leafOfWord) {
    Map<String, Integer> map = new HashMap<>(words.size() * 2);
    for (int w = 0; w < words.size(); w++) {
      map.put(words.get(w), leafOfWord[w]);
    }
    return map;
  }

  public int size() {
    return leaves.size();
  }

  public int clusterCount() {
    return paths.length;
  }

  int[] prefixes() {
    return prefixes;
  }

  int window() {
    return window;
  }

  /** The word's bit-string path, or null for an unknown word. */
  public String path(String word) {
    int leaf = leaf(word);
    return leaf < 0 ? null : paths[leaf];
  }

  /** Hashed path prefixes of the word, one per prefix length, or null for an unknown word. */
  long[] prefixHashes(String word) {
    int leaf = leaf(word);
    return leaf < 0 ? null : prefixHashes[leaf];
  }

  private int leaf(String word) {
    Integer leaf = leaves.get(word);
    if (leaf == null && !word.isEmpty()) {
      String lower = word.toLowerCase();
      if (WordShapes.isAllCaps(word) && word.length() > 1) {
        // Headlines and tables are in capitals: "JAPAN" is most likely "Japan".
        leaf = leaves.get(word.charAt(0) + lower.substring(1));
      }
      if (leaf == null) {
        leaf = leaves.get(lower);
      }
    }
    return leaf == null ? -1 : leaf;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(prefixes.length);
    for (int p : prefixes) {
      out.writeInt(p);
    }
    out.writeInt(window);
    out.writeInt(paths.length);
    for (String path : paths) {
      out.writeUTF(path);
    }
    out.writeInt(leaves.size());
    // Sorted so that the same clusters always give the same bytes.
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(leaves).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(e.getValue());
    }
  }

  static BrownClusters read(DataInputStream in) throws IOException {
    int[] prefixes = new int[in.readInt()];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = in.readInt();
    }
    int window = in.readInt();
    String[] paths = new String[in.readInt()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = in.readUTF();
    }
    int size = in.readInt();
    Map<String, Integer> leaves = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      String word = in.readUTF();
      leaves.put(word, in.readShort() & 0xffff);
    }
    return new BrownClusters(paths, leaves, prefixes, window);
  }

  /** The same clusters with other feature settings (for experiments on cached clusters). */
  BrownClusters withFeatures(int[] newPrefixes, int newWindow) {
    return new BrownClusters(paths, leaves, newPrefixes, newWindow);
  }

  /** Stores the clusters alone, so experiments need not rebuild them. */
  public void save(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(file))))) {
      write(out);
    }
  }

  public static BrownClusters load(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        new GZIPInputStream(Files.newInputStream(file))))) {
      return read(in);
    }
  }
}
