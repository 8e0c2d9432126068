package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines built to break a reader (issue 17): each becomes a rejection, the rest of the file is read. */
class HostileJsonLinesTest {
  @TempDir Path dir;

  static String good(String id) {
    return "{\"id\":\"" + id + "\",\"text\":\"The minister said the talks would resume on Monday in " + id + ".\"}";
  }

  /** One line of JSON nested {@code depth} levels deep, with a good id and text beside it. */
  static String deep(String id, int depth) {
    return "{\"id\":\"" + id + "\",\"text\":\"Deep text.\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  static String longNumber(String id, int digits) {
    return "{\"id\":\"" + id + "\",\"text\":\"Number text.\",\"n\":" + "7".repeat(digits) + "}";
  }

  private IngestResult read(IngestOptions options) {
    IngestResult r = Ingest.read(SparkTestSession.get(), options, "run-hostile");
    assertWellFormed(r);
    return r;
  }

  @Test
  void tooDeepAndTooLongNumbersAreRejectedAndTheFileGoesOn() throws IOException {
    Path file = dir.resolve("deep.jsonl");
    Files.write(file, List.of(good("ok-1"), deep("deep-1", 5000), good("ok-2"), longNumber("num-1", 5000),
        deep("fine-depth", 50), good("ok-3")), StandardCharsets.UTF_8);
    IngestResult r = read(IngestOptions.of(dir.toString()));
    assertThat(rejections(r.rejected())).containsExactlyInAnyOrderEntriesOf(
        Map.of("deep.jsonl:2", "too_deep", "deep.jsonl:4", "number_too_long"));
    assertThat(IngestTestData.ids(r.articles())).containsExactly("fine-depth", "ok-1", "ok-2", "ok-3");
    assertThat(r.counts()).isEqualTo(new IngestCounts(6, 4, 2, 0));
  }

  @Test
  void anOverlongLineWithShortTextIsRecordTooLargeWithItsId() throws IOException {
    String huge = "x".repeat(3 << 20);
    Files.write(dir.resolve("big.jsonl"), List.of(good("ok-1"),
        "{\"id\":\"big-extra\",\"extra\":\"" + huge + "\",\"text\":\"Short text.\"}",
        "{\"id\":\"big-text\",\"text\":\"" + huge + "\"}", good("ok-2")), StandardCharsets.UTF_8);
    // 500 chars allow lines of 6 * 500 bytes + 1 MiB: both 3 MiB lines are over the cap.
    IngestResult r = read(IngestOptions.of(dir.toString()).withMaxTextChars(500));
    Map<String, Row> byId = new java.util.TreeMap<>();
    r.rejected().collectAsList().forEach(row -> byId.put(row.getString(2), row));
    assertThat(byId).containsOnlyKeys("big-extra", "big-text");
    assertThat(byId.get("big-extra").getString(3)).isEqualTo("record_too_large");
    assertThat(byId.get("big-extra").getString(4)).contains("extra");
    assertThat(byId.get("big-text").getString(3)).isEqualTo("text_too_long");
    assertThat(IngestTestData.ids(r.articles())).containsExactly("ok-1", "ok-2");
  }
}
