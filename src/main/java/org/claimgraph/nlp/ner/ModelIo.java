package org.claimgraph.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.claimgraph.nlp.learning.FeatureIndex;

/** Binary form of a {@link LinearSequenceModel}: keys in row order, then weights, then transitions. */
final class ModelIo {
  private ModelIo() {}

  static void write(LinearSequenceModel model, DataOutputStream out) throws IOException {
    long[] keys = model.index.keysByRow();
    out.writeInt(keys.length);
    for (long key : keys) {
      out.writeLong(key);
    }
    writeFloats(model.weights, out);
    writeFloats(model.transitions, out);
  }

  static LinearSequenceModel read(DataInputStream in) throws IOException {
    long[] keys = new long[in.readInt()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = in.readLong();
    }
    float[] weights = readFloats(in);
    float[] transitions = readFloats(in);
    if (weights.length != keys.length * NerTags.COUNT) {
      throw new IOException("weights do not match the feature count");
    }
    return new LinearSequenceModel(FeatureIndex.ofKeys(keys), weights, transitions);
  }

  private static void writeFloats(float[] values, DataOutputStream out) throws IOException {
    out.writeInt(values.length);
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  private static float[] readFloats(DataInputStream in) throws IOException {
    float[] values = new float[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }
}
