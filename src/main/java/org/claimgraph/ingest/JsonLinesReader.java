package org.claimgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.claimgraph.ingest.InputFiles.InputFile;

/**
 * JSON Lines (plain or compressed), one record per non-blank line.
 *
 * <ul>
 *   <li>Blank and whitespace-only lines are not records: they are skipped and not counted (as Spark's
 *       own JSON reader does). Line numbers still count them, so positions match an editor.
 *   <li>Each line is decoded as strict UTF-8; a leading BOM is dropped.
 *   <li>Encodings are decided per line. A valid UTF-8 line is UTF-8. An invalid line that carries
 *       marks of UTF-8 (see {@link LineDecoder#hasUtf8Fragment}) is damaged UTF-8 and rejected as
 *       {@code bad_encoding}: rescuing it as windows-1252 would turn damaged bytes into plausible-looking
 *       mojibake. Other invalid lines are read in the single-byte legacy charset ICU4J's detector finds
 *       in the file's invalid lines (windows-1252, ISO-8859-x, windows-125x, KOI8-R), unless the file
 *       also has valid non-ASCII UTF-8 lines or damaged-UTF-8 lines: either makes it a UTF-8 file with
 *       damage, whose other invalid lines (a lone {@code E9}) are damage too. The detection
 *       reads the file a second time, only once an invalid line has been seen.
 *   <li>A stream that ends early (a gzip file cut short) keeps every whole line read before the break
 *       and adds one {@code truncated_file} row whose excerpt is the partial last line; other read
 *       errors add one {@code unreadable_file} row. The job never fails for file content.
 * </ul>
 */
final class JsonLinesReader implements PerFileReader {
  private static final long serialVersionUID = 1L;
  /** Enough non-UTF-8 text for ICU's n-gram statistics; more only costs time. */
  private static final int SNIFF_BYTES = 64 << 10;

  private final ColumnMapping columns;
  private final int maxLineBytes;
  private final long limit;
  private final long maxDecompressedBytes;

  /**
   * @param maxTextChars longer lines than can possibly hold a body this long (six bytes per escaped
   *     char plus 1 MiB of other fields) are rejected without being held in memory
   * @param limit stop each file after this many records (0 = all): no file contributes more than the
   *     global limit, so a small limit does not read whole files
   * @param maxDecompressedBytes a compressed file is read up to this many bytes, then file_too_large
   */
  JsonLinesReader(ColumnMapping columns, int maxTextChars, long limit, long maxDecompressedBytes) {
    this.columns = columns;
    this.maxDecompressedBytes = maxDecompressedBytes;
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxTextChars + (1 << 20));
    this.limit = limit;
  }

  @Override
  public Iterator<Row> read(InputFile file, Configuration conf) {
    ByteLines lines;
    try {
      lines = new ByteLines(PerFileReader.open(file, conf, maxDecompressedBytes), maxLineBytes);
    } catch (IOException e) {
      return java.util.List.of(RawRecord.rejected(file.path(), null, 1, null, Reason.UNREADABLE_FILE,
          "cannot open the file: " + e, null)).iterator();
    }
    return new Records(file, conf, lines);
  }

  private final class Records implements Iterator<Row> {
    private final InputFile file;
    private final Configuration conf;
    private final ByteLines lines;
    private final LineDecoder decoder = new LineDecoder();
    private boolean sawUtf8;
    private boolean legacyResolved;
    private Charset legacy;
    private long records;
    private Row next;

    Records(InputFile file, Configuration conf, ByteLines lines) {
      this.file = file;
      this.conf = conf;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }

    private Row advance() {
      while ((limit == 0 || records < limit) && lines.next()) {
        if (lines.failure() != null) {
          records++;
          close();
          return streamFailure(lines.failure());
        }
        if (lines.isBlank()) {
          continue;
        }
        records++;
        return record();
      }
      close();
      return null;
    }

    private Row record() {
      long line = lines.lineNumber();
      byte[] bytes = lines.bytes();
      int length = lines.length();
      if (lines.tooLong()) {
        return overlong(line, bytes, length);
      }
      String text = decoder.utf8(bytes, length);
      if (text != null) {
        sawUtf8 |= !LineDecoder.isAscii(bytes, length);
      } else {
        Charset legacy = LineDecoder.hasUtf8Fragment(bytes, length) ? null : legacyCharset();
        text = legacy == null ? null : LineDecoder.strict(legacy, bytes, length);
        if (text == null) {
          String replaced = new String(bytes, 0, length, StandardCharsets.UTF_8);
          return RawRecord.rejected(file.path(), line, records, JsonRecordParser.idOf(replaced, columns),
              Reason.BAD_ENCODING, LineDecoder.hasUtf8Fragment(bytes, length)
                  ? "the line is damaged UTF-8 (invalid byte sequences beside UTF-8 ones)"
                  : "the line is not valid UTF-8, and not in a legacy encoding recognised for this file",
              RawRecord.excerpt(replaced));
        }
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      return JsonRecordParser.parse(file.path(), line, records, text, columns);
    }

    /** A line over the byte cap: text_too_long only when the body is the field that runs past it. */
    private Row overlong(long line, byte[] bytes, int length) {
      JsonRecordParser.Cut cut = JsonRecordParser.cut(
          new String(bytes, 0, length, StandardCharsets.UTF_8), columns);
      String size = "the line is " + lines.totalLength() + " bytes, more than the cap of " + maxLineBytes
          + " (6 bytes per allowed text char plus 1 MiB for other fields)";
      boolean textCut = cut.field() != null && columns.candidates(ColumnMapping.Field.TEXT).contains(cut.field());
      if (textCut) {
        return RawRecord.rejected(file.path(), line, records, cut.id(), Reason.TEXT_TOO_LONG,
            size + "; the text field runs past it", RawRecord.excerpt(bytes, length));
      }
      return RawRecord.rejected(file.path(), line, records, cut.id(), Reason.RECORD_TOO_LARGE,
          size + (cut.field() == null ? "" : "; the field that runs past it is `" + cut.field() + "`, not the text"),
          RawRecord.excerpt(bytes, length));
    }

    private Charset legacyCharset() {
      if (!legacyResolved) {
        legacy = sawUtf8 ? null : sniffLegacy();
        legacyResolved = true;
      }
      return legacy;
    }

    /** Second pass over the file: see the class comment for the rule. */
    private Charset sniffLegacy() {
      byte[] sample = new byte[SNIFF_BYTES];
      int sampled = 0;
      try (ByteLines all = new ByteLines(PerFileReader.open(file, conf, maxDecompressedBytes), maxLineBytes)) {
        LineDecoder sniffer = new LineDecoder();
        while (all.next() && all.failure() == null) {
          if (all.tooLong()) {
            continue;
          }
          switch (LineDecoder.classify(all.bytes(), all.length(), sniffer)) {
            case UTF8 -> {
              return null;
            }
            case INVALID -> {
              if (LineDecoder.hasUtf8Fragment(all.bytes(), all.length())) {
                return null;
              }
              if (sampled < SNIFF_BYTES) {
                int n = Math.min(all.length(), SNIFF_BYTES - sampled);
                System.arraycopy(all.bytes(), 0, sample, sampled, n);
                sampled += n;
              }
            }
            case ASCII -> { }
          }
        }
      } catch (IOException e) {
        return null;
      }
      return sampled == 0 ? null : LineDecoder.detectLegacy(sample, sampled);
    }

    private Row streamFailure(IOException e) {
      if (e instanceof CappedInputStream.TooLargeException) {
        return RawRecord.rejected(file.path(), null, records, null, Reason.FILE_TOO_LARGE,
            e.getMessage() + " (max-decompressed-bytes), so reading stopped at line " + lines.lineNumber()
                + "; the whole lines before it were kept", RawRecord.excerpt(lines.bytes(), lines.length()));
      }
      boolean truncated = e instanceof EOFException;
      String detail = truncated
          ? "the compressed stream ends early after line " + (lines.lineNumber() - 1)
              + "; every whole line before the break was kept, the partial last line is the excerpt"
          : "reading stopped at line " + lines.lineNumber() + ": " + e;
      return RawRecord.rejected(file.path(), null, records, null,
          truncated ? Reason.TRUNCATED_FILE : Reason.UNREADABLE_FILE, detail,
          RawRecord.excerpt(lines.bytes(), lines.length()));
    }

    private void close() {
      try {
        lines.close();
      } catch (IOException e) {
        // Everything was read already; a failing close (a broken gzip trailer) changes nothing.
      }
    }
  }
}
