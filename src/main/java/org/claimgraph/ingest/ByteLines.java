package org.claimgraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, so that invalid UTF-8 can be reported per
 * line instead of being silently replaced. Drops a trailing {@code \r}. A line longer than
 * {@code maxLineBytes} is consumed but only its first {@code maxLineBytes} kept ({@link #tooLong()}),
 * so one pathological line cannot exhaust a task's memory. A read error (for example a gzip stream
 * cut short) ends the stream: the bytes read so far come back as a last line with {@link #failure()}.
 */
final class ByteLines implements Closeable {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1 << 12];
  private int length;
  private long totalLength;
  private long lineNumber;
  private IOException failure;
  private boolean done;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() {
    if (done) {
      return false;
    }
    length = 0;
    totalLength = 0;
    while (true) {
      if (chunkPos == chunkLen) {
        int read;
        try {
          read = in.read(chunk);
        } catch (IOException e) {
          failure = e;
          done = true;
          lineNumber++;
          return true;
        }
        if (read < 0) {
          done = true;
          if (totalLength == 0) {
            return false;
          }
          lineNumber++;
          stripCarriageReturn();
          return true;
        }
        chunkPos = 0;
        chunkLen = read;
      }
      int end = chunkPos;
      while (end < chunkLen && chunk[end] != '\n') {
        end++;
      }
      append(chunkPos, end - chunkPos);
      if (end < chunkLen) {
        chunkPos = end + 1;
        lineNumber++;
        stripCarriageReturn();
        return true;
      }
      chunkPos = chunkLen;
    }
  }

  private void append(int from, int count) {
    totalLength += count;
    int keep = Math.min(count, maxLineBytes - length);
    if (keep <= 0) {
      return;
    }
    if (length + keep > line.length) {
      line = Arrays.copyOf(line, (int) Math.min((long) maxLineBytes, Math.max(2L * line.length, length + keep)));
    }
    System.arraycopy(chunk, from, line, length, keep);
    length += keep;
  }

  private void stripCarriageReturn() {
    if (length > 0 && length == totalLength && line[length - 1] == '\r') {
      length--;
      totalLength--;
    }
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  boolean tooLong() {
    return totalLength > length;
  }

  long totalLength() {
    return totalLength;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** The read error that ended the stream, on the last (partial) line; null otherwise. */
  IOException failure() {
    return failure;
  }

  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return !tooLong();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
