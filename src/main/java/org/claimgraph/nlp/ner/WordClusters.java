package org.claimgraph.nlp.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * Word → cluster ids at a few granularities (coarse to fine), learned from unlabelled news by
 * {@link WordClusterBuilder}. Words are looked up as written, then (all-caps words) capitalised, then lower-cased.
 */
public final class WordClusters {
  private final int[] granularities;
  private final Map<String, short[]> clusters;

  WordClusters(int[] granularities, Map<String, short[]> clusters) {
    this.granularities = granularities;
    this.clusters = clusters;
  }

  int levels() {
    return granularities.length;
  }

  public int size() {
    return clusters.size();
  }

  /** Cluster ids of the word, one per granularity, or null for an unknown word. */
  short[] of(String word) {
    short[] c = clusters.get(word);
    if (c != null || word.isEmpty()) {
      return c;
    }
    String lower = word.toLowerCase();
    if (WordShapes.isAllCaps(word) && word.length() > 1) {
      // Headlines and tables are in capitals: "JAPAN" is most likely "Japan".
      c = clusters.get(word.charAt(0) + lower.substring(1));
      if (c != null) {
        return c;
      }
    }
    return clusters.get(lower);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(granularities.length);
    for (int g : granularities) {
      out.writeInt(g);
    }
    out.writeInt(clusters.size());
    for (Map.Entry<String, short[]> e : clusters.entrySet()) {
      out.writeUTF(e.getKey());
      for (short c : e.getValue()) {
        out.writeShort(c);
      }
    }
  }

  static WordClusters read(DataInputStream in) throws IOException {
    int[] granularities = new int[in.readInt()];
    for (int i = 0; i < granularities.length; i++) {
      granularities[i] = in.readInt();
    }
    int size = in.readInt();
    Map<String, short[]> clusters = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      String word = in.readUTF();
      short[] c = new short[granularities.length];
      for (int g = 0; g < c.length; g++) {
        c[g] = in.readShort();
      }
      clusters.put(word, c);
    }
    return new WordClusters(granularities, clusters);
  }

  /** Stores the clusters alone, so experiments need not rebuild them. */
  public void save(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new GZIPOutputStream(Files.newOutputStream(file))))) {
      write(out);
    }
  }

  public static WordClusters load(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        new GZIPInputStream(Files.newInputStream(file))))) {
      return read(in);
    }
  }
}
