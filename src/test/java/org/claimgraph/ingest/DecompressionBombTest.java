package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small compressed files that expand without end (issue 17) are rejected as file_too_large instead of
 * filling the heap. The bombs are made here: a prefix, then zeros streamed through gzip; the caps are
 * set small so that the test stays fast while the bombs are still far over them.
 */
class DecompressionBombTest {
  static final long ZEROS = 256L << 20;

  @TempDir Path dir;

  /** Writes {@code prefix} and then {@code zeros} zero bytes, gzip-compressed (256 MiB become ~250 KB). */
  static Path bomb(Path file, String prefix, long zeros) throws IOException {
    byte[] block = new byte[1 << 20];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      for (long left = zeros; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
    return file;
  }

  @Test
  void everyCompressedFormatStopsAtTheCap() throws IOException {
    Files.createDirectories(dir.resolve("pages"));
    bomb(dir.resolve("pages/page.html.gz"), "<html><body><p>The minister said so.</p>", ZEROS);
    bomb(dir.resolve("notes.txt.gz"), "Title\n\nThe minister said so.\n", ZEROS);
    bomb(dir.resolve("lines.jsonl.gz"), HostileJsonLinesTest.good("gz-1") + "\n" + HostileJsonLinesTest.good("gz-2")
        + "\n", ZEROS);
    bomb(dir.resolve("rows.csv.gz"), "id,text\ncsv-1,The minister said so.\n", ZEROS);
    Files.writeString(dir.resolve("small.txt"), "A small page the caps let through.\n");
    assertThat(Files.size(dir.resolve("lines.jsonl.gz"))).isLessThan(1 << 20);

    IngestResult r = Ingest.read(SparkTestSession.get(), IngestOptions.of(dir.toString())
        .withMaxDecompressedBytes(16L << 20).withMaxPageBytes(1 << 20), "run-bombs");
    assertWellFormed(r);
    Map<String, String> rej = rejections(r.rejected());
    assertThat(rej).containsEntry("page.html.gz:-", "file_too_large").containsEntry("notes.txt.gz:-", "file_too_large")
        .containsEntry("lines.jsonl.gz:-", "file_too_large").containsEntry("rows.csv.gz:-", "file_too_large");
    assertThat(IngestTestData.ids(r.articles())).contains("gz-1", "gz-2", "small");
    assertThat(r.rejected().filter("reason = 'file_too_large'").collectAsList())
        .allSatisfy(row -> assertThat(row.getString(4)).contains("more than"));
  }

  @Test
  void anUncompressedPageOverThePageCapIsRejectedToo() throws IOException {
    Files.writeString(dir.resolve("big.html"), "<html><body><p>" + "word ".repeat(300_000) + "</p></body></html>");
    IngestResult r = Ingest.read(SparkTestSession.get(), IngestOptions.of(dir.toString()).withMaxPageBytes(1 << 20),
        "run-big-page");
    assertWellFormed(r);
    assertThat(rejections(r.rejected())).containsExactlyEntriesOf(Map.of("big.html:-", "file_too_large"));
  }
}
