package org.claimgraph.nlp.learning;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained model's own binary format, used for its file and for Java serialisation alike (Spark
 * broadcasts and task closures): gzip over a data stream, far smaller and faster to read than
 * the serialised object graph.
 */
public final class CompactForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Writes a model to a stream. */
  public interface Saver {
    void save(OutputStream out) throws IOException;
  }

  /** Reads a model back; {@code source} names it in errors. */
  public interface Loader extends Serializable {
    Object load(InputStream in, String source);
  }

  private final byte[] bytes;
  private final Loader loader;

  private CompactForm(byte[] bytes, Loader loader) {
    this.bytes = bytes;
    this.loader = loader;
  }

  /** What a model's {@code writeReplace} returns: its saved bytes and how to read them back. */
  public static CompactForm of(Saver saver, Loader loader) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      saver.save(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CompactForm(buffer.toByteArray(), loader);
  }

  private Object readResolve() {
    return loader.load(new ByteArrayInputStream(bytes), "a serialised model");
  }

  /** A model file's stream, its header ({@code magic}) written; closing it finishes the file. */
  public static DataOutputStream gzipOut(OutputStream stream, int magic) throws IOException {
    DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new GZIPOutputStream(stream, 1 << 16), 1 << 16));
    out.writeInt(magic);
    return out;
  }

  /**
   * A model file's stream after its header, which must be {@code magic}: a file of another model
   * kind or format version fails here, naming {@code kind}, not later with a garbled read.
   */
  public static DataInputStream gzipIn(InputStream stream, int magic, String kind) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
    if (in.readInt() != magic) {
      in.close();
      throw new IOException("not a claimgraph " + kind + " model of this version (wrong header)");
    }
    return in;
  }
}
