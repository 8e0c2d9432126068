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

  public static DataOutputStream gzipOut(OutputStream stream) throws IOException {
    return new DataOutputStream(
        new BufferedOutputStream(new GZIPOutputStream(stream, 1 << 16), 1 << 16));
  }

  public static DataInputStream gzipIn(InputStream stream) throws IOException {
    return new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
  }
}
