package org.claimgraph.nlp.pos;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.learning.CompactForm;
import org.claimgraph.nlp.learning.FeatureIndex;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * The trained part-of-speech tagger, free of Spark: a greedy left-to-right averaged perceptron
 * over Penn Treebank tags. Frequent words that always carry the same tag skip the model.
 * Thread-safe after construction.
 */
public final class PosTaggerCore implements Serializable {
  private static final long serialVersionUID = 1L;
  /** "POS1". */
  private static final int FORMAT_MAGIC = 0x504f5331;

  private final transient String[] tags;
  private final transient Map<String, Integer> unambiguous;
  private final transient FeatureIndex index;
  private final transient float[] weights;

  PosTaggerCore(String[] tags, Map<String, Integer> unambiguous, FeatureIndex index,
      float[] weights) {
    this.tags = tags;
    this.unambiguous = unambiguous;
    this.index = index;
    this.weights = weights;
  }

  /** The tags of one sentence's words. */
  public String[] tag(List<String> words) {
    int[] indices = tagIndices(words);
    String[] out = new String[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = tags[indices[i]];
    }
    return out;
  }

  int[] tagIndices(List<String> words) {
    int n = words.size();
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      norm[i] = WordShapes.normalize(words.get(i));
    }
    int[] out = new int[n];
    long[] features = new long[PosFeatures.MAX];
    float[] scores = new float[tags.length];
    for (int i = 0; i < n; i++) {
      Integer known = unambiguous.get(words.get(i));
      if (known != null) {
        out[i] = known;
        continue;
      }
      int count = PosFeatures.extract(words, norm, i, i > 0 ? out[i - 1] : -1,
          i > 1 ? out[i - 2] : -1, features);
      out[i] = best(features, count, scores);
    }
    return out;
  }

  private int best(long[] features, int count, float[] scores) {
    int t = tags.length;
    java.util.Arrays.fill(scores, 0f);
    for (int k = 0; k < count; k++) {
      int row = index.get(features[k]);
      if (row >= 0) {
        int base = row * t;
        for (int j = 0; j < t; j++) {
          scores[j] += weights[base + j];
        }
      }
    }
    int best = 0;
    for (int j = 1; j < t; j++) {
      if (scores[j] > scores[best]) {
        best = j;
      }
    }
    return best;
  }

  /** The tag set, in index order. */
  public List<String> tagSet() {
    return List.of(tags);
  }

  public void save(OutputStream stream) throws IOException {
    DataOutputStream out = CompactForm.gzipOut(stream, FORMAT_MAGIC);
    out.writeInt(tags.length);
    for (String tag : tags) {
      out.writeUTF(tag);
    }
    out.writeInt(unambiguous.size());
    for (Map.Entry<String, Integer> e : unambiguous.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    // Most features move only a few of the ~50 tags away from zero: store the rows sparsely.
    long[] keys = index.keysByRow();
    out.writeInt(keys.length);
    for (int row = 0; row < keys.length; row++) {
      out.writeLong(keys[row]);
      int nonZero = 0;
      for (int j = 0; j < tags.length; j++) {
        nonZero += weights[row * tags.length + j] != 0f ? 1 : 0;
      }
      out.writeByte(nonZero);
      for (int j = 0; j < tags.length; j++) {
        float w = weights[row * tags.length + j];
        if (w != 0f) {
          out.writeByte(j);
          out.writeFloat(w);
        }
      }
    }
    out.close();
  }

  /** Reads a model written by {@link #save}; the stream is consumed and closed. */
  public static PosTaggerCore load(InputStream stream, String source) {
    try (DataInputStream in = CompactForm.gzipIn(stream, FORMAT_MAGIC, "POS")) {
      String[] tags = new String[in.readInt()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = in.readUTF();
      }
      int words = in.readInt();
      Map<String, Integer> unambiguous = new HashMap<>(words * 2);
      for (int i = 0; i < words; i++) {
        unambiguous.put(in.readUTF(), (int) in.readByte());
      }
      int rows = in.readInt();
      FeatureIndex index = new FeatureIndex(rows);
      float[] weights = new float[rows * tags.length];
      for (int row = 0; row < rows; row++) {
        index.add(in.readLong());
        int nonZero = in.readUnsignedByte();
        for (int k = 0; k < nonZero; k++) {
          int tag = in.readUnsignedByte();
          weights[row * tags.length + tag] = in.readFloat();
        }
      }
      return new PosTaggerCore(tags, unambiguous, index, weights);
    } catch (IOException | RuntimeException e) {
      throw ClaimgraphException.of("cannot load the POS model from " + source,
          "the file is missing, truncated or not written by this version (" + e + ").",
          "retrain it with `claimgraph train` or point to a directory saved by PipelineModel.save.",
          e);
    }
  }

  /** Java serialisation (Spark broadcasts) goes through the compact binary format. */
  private Object writeReplace() {
    return CompactForm.of(this::save, PosTaggerCore::load);
  }
}
