package org.claimgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.claimgraph.ingest.InputFiles.InputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages ({@code .html}, {@code .htm}, optionally compressed), one article per file. The id is
 * the path below the input directory without extensions, as for text files. The charset comes from
 * a BOM or {@code <meta charset>}, else UTF-8 (jsoup's detection). Metadata and body come from
 * {@link HtmlArticleExtractor}; the excerpt is the start of the page source.
 */
final class HtmlFileReader implements PerFileReader {
  private static final long serialVersionUID = 1L;

  private final long maxPageBytes;
  private final long maxDecompressedBytes;

  HtmlFileReader(long maxPageBytes, long maxDecompressedBytes) {
    this.maxPageBytes = maxPageBytes;
    this.maxDecompressedBytes = maxDecompressedBytes;
  }

  @Override
  public Iterator<Row> read(InputFile file, Configuration conf) {
    String id = InputFormat.baseName(file.relativeName());
    byte[] bytes;
    Document doc;
    try (InputStream in = PerFileReader.open(file, conf, maxDecompressedBytes)) {
      // Capped: one page is one article, so a bigger one is not worth holding (and a bomb would end the JVM).
      bytes = CappedInputStream.readAll(in, maxPageBytes, "the page has");
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (CappedInputStream.TooLargeException e) {
      return List.of(RawRecord.rejected(file.path(), null, 1, id, Reason.FILE_TOO_LARGE,
          e.getMessage() + " (max-page-bytes or, compressed, max-decompressed-bytes)", null)).iterator();
    } catch (IOException e) {
      return List.of(RawRecord.rejected(file.path(), null, 1, id, Reason.UNREADABLE_FILE,
          "cannot read the page: " + e, null)).iterator();
    }
    String excerpt = RawRecord.excerpt(bytes, bytes.length);
    HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(doc);
    return List.of(RawRecord.fields(file.path(), null, 1, id, page.url(), page.outlet(), page.title(),
        page.published(), page.text(), excerpt)).iterator();
  }
}
