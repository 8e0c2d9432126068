package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.claimgraph.ingest.InputFiles.InputFile;

/**
 * Plain text, one article per file. The id is the file's path below the input directory without
 * extensions ({@code business/001} for {@code bbc/business/001.txt} read from {@code bbc/}), so
 * that same-named files in different folders stay distinct. The first line is the title when a
 * blank line follows it; otherwise the whole file is the text and there is no title. No date.
 * Decoding: strict UTF-8; else, when the bytes carry no mark of damaged UTF-8, the legacy charset
 * ICU4J detects (see {@link LineDecoder}); else bad_encoding.
 */
final class TextFileReader implements PerFileReader {
  private static final long serialVersionUID = 1L;

  private final long maxPageBytes;
  private final long maxDecompressedBytes;

  TextFileReader(long maxPageBytes, long maxDecompressedBytes) {
    this.maxPageBytes = maxPageBytes;
    this.maxDecompressedBytes = maxDecompressedBytes;
  }

  @Override
  public Iterator<Row> read(InputFile file, Configuration conf) {
    String id = InputFormat.baseName(file.relativeName());
    byte[] bytes;
    try (InputStream in = PerFileReader.open(file, conf, maxDecompressedBytes)) {
      // Capped: one page is one article, so a bigger one is not worth holding (and a bomb would end the JVM).
      bytes = CappedInputStream.readAll(in, maxPageBytes, "the file has");
    } catch (CappedInputStream.TooLargeException e) {
      return List.of(RawRecord.rejected(file.path(), null, 1, id, Reason.FILE_TOO_LARGE,
          e.getMessage() + " (max-page-bytes or, compressed, max-decompressed-bytes)", null)).iterator();
    } catch (IOException e) {
      return List.of(RawRecord.rejected(file.path(), null, 1, id, Reason.UNREADABLE_FILE,
          "cannot read the file: " + e, null)).iterator();
    }
    String content = decode(bytes);
    if (content == null) {
      return List.of(RawRecord.rejected(file.path(), null, 1, id, Reason.BAD_ENCODING,
          "the file is neither valid UTF-8 nor in a legacy encoding ICU recognises (or it is damaged UTF-8)",
          RawRecord.excerpt(bytes, bytes.length))).iterator();
    }
    if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
      content = content.substring(1);
    }
    String unified = content.replace("\r\n", "\n").replace('\r', '\n');
    String title = null;
    String text = unified;
    int firstBreak = unified.indexOf('\n');
    if (firstBreak > 0 && unified.startsWith("\n", firstBreak + 1)) {
      title = unified.substring(0, firstBreak);
      text = unified.substring(firstBreak + 2);
    }
    return List.of(RawRecord.fields(file.path(), null, 1, id, null, null, title, null, text,
        RawRecord.excerpt(content))).iterator();
  }

  private static String decode(byte[] bytes) {
    String utf8 = new LineDecoder().utf8(bytes, bytes.length);
    if (utf8 != null) {
      return utf8;
    }
    if (LineDecoder.hasUtf8Fragment(bytes, bytes.length)) {
      return null;
    }
    java.nio.charset.Charset legacy = LineDecoder.detectLegacy(bytes, Math.min(bytes.length, 1 << 16));
    return legacy == null ? null : LineDecoder.strict(legacy, bytes, bytes.length);
  }
}
