package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unbalanced quote must cost its own row only (issue 17), not swallow the rows after it. */
class CsvQuoteTest {
  @TempDir Path dir;

  static String row(int i) {
    return String.format("r%04d,Title %d,\"Text %d, said the minister on Monday.\"", i, i, i);
  }

  /** 1,000 rows; row 500's title opens a quote that is never closed. */
  static List<String> thousandRowsOneBroken() {
    List<String> lines = new ArrayList<>(List.of("id,title,text"));
    for (int i = 1; i <= 1000; i++) {
      lines.add(i == 500 ? "r0500,\"Broken title,Text 500 said the minister on Monday." : row(i));
    }
    return lines;
  }

  @Test
  void theBrokenRowIsRejectedAndEveryOtherRowKept() throws Exception {
    Files.write(dir.resolve("a-thousand.csv"), thousandRowsOneBroken());
    // Here the quote runs to the end of the file: no later quote stops it.
    Files.write(dir.resolve("b-to-the-end.csv"), List.of("id,title,text", "e1,One,First text here.",
        "e2,\"Two,Second text never closes.", "e3,Three,Third text here.", "e4,Four,Fourth text here."));
    // A legitimate quoted multi-line field stays one record.
    Files.write(dir.resolve("c-multiline.csv"), List.of("id,title,text", "m1,Multi,\"First paragraph, with a comma.",
        "", "Second paragraph, \"\"quoted\"\", still the same field.\"", "m2,Plain,Plain text."));

    IngestResult r = Ingest.read(SparkTestSession.get(), IngestOptions.of(dir.toString()), "run-csv-quotes");
    assertWellFormed(r);
    assertThat(rejections(r.rejected())).containsExactlyInAnyOrderEntriesOf(
        Map.of("a-thousand.csv:500", "unbalanced_quote", "b-to-the-end.csv:2", "unbalanced_quote"));
    assertThat(r.counts()).isEqualTo(new IngestCounts(1000 + 4 + 2, 999 + 3 + 2, 2, 0));
    assertThat(r.rejected().filter("article_id = 'r0500'").count()).isEqualTo(1);
    Map<String, org.apache.spark.sql.Row> byId = IngestTestData.articlesById(r);
    assertThat(byId).containsKeys("r0499", "r0501", "r1000", "e3", "e4", "m1", "m2").doesNotContainKey("r0500");
    assertThat(byId.get("r0501").getAs("title").toString()).isEqualTo("Title 501");
    assertThat(byId.get("m1").getAs("text").toString()).contains("First paragraph", "\"quoted\"");
  }
}
