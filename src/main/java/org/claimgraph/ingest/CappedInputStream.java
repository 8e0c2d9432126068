package org.claimgraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails once more than {@code cap} bytes have come through it. Put after a decompressor,
 * it stops a small compressed file that expands without end (a gzip bomb) from filling the disk or the
 * heap; put before {@link #readAll}, it bounds what a one-file-one-article reader holds in memory.
 */
final class CappedInputStream extends FilterInputStream {
  /** Thrown instead of reading past the cap; readers turn it into a {@code file_too_large} row. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String what, long cap) {
      super(what + " more than " + cap + " bytes");
    }
  }

  private final long cap;
  private final String what;
  private long count;

  CappedInputStream(InputStream in, long cap, String what) {
    super(in);
    this.cap = cap;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws TooLargeException {
    count += n;
    if (count > cap) {
      throw new TooLargeException(what, cap);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    if (count > cap) {
      throw new TooLargeException(what, cap);
    }
    return skipped;
  }

  /** All bytes of the stream, or a {@link TooLargeException} as soon as there are more than {@code cap}. */
  static byte[] readAll(InputStream in, long cap, String what) throws IOException {
    return new CappedInputStream(in, cap, what).readAllBytes();
  }

  /** The cap exception among an exception's causes, or null. */
  static TooLargeException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooLargeException tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }
}
