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

  private static byte[] line(String before, byte[] raw, String after) {
    byte[] a = before.getBytes(StandardCharsets.US_ASCII);
    byte[] c = after.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[a.length + raw.length + c.length + 1];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(raw, 0, out, a.length, raw.length);
    System.arraycopy(c, 0, out, a.length + raw.length, c.length);
    out[out.length - 1] = '\n';
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void brokenUtf8LinesAreRejectedPerLineNotReadAsWindows1252() throws IOException {
    byte[] ascii = (good("ascii-1") + "\n").getBytes(StandardCharsets.US_ASCII);
    // ASCII apart from three damaged sequences: a lone C3 (half an "é"), E2 80 (two thirds of a quote
    // mark), F0 9F 98 (three quarters of an emoji). Every such byte is defined in windows-1252.
    Files.write(dir.resolve("a-damaged.jsonl"), concat(ascii,
        line("{\"id\":\"broken-1\",\"text\":\"The caf", bytes(0xC3), " was closed, the mayor said.\"}"),
        line("{\"id\":\"broken-2\",\"text\":\"He said ", bytes(0xE2, 0x80), "no comment.\"}"),
        line("{\"id\":\"broken-3\",\"text\":\"Fans cheered ", bytes(0xF0, 0x9F, 0x98), " loudly.\"}"),
        (good("ascii-2") + "\n").getBytes(StandardCharsets.US_ASCII)));
    Files.write(dir.resolve("b-mixed.jsonl"), concat(
        "{\"id\":\"utf8-1\",\"text\":\"The caf\u00e9 in Z\u00fcrich reopened, the owner said.\"}\n"
            .getBytes(StandardCharsets.UTF_8),
        line("{\"id\":\"broken-4\",\"text\":\"The caf", bytes(0xC3, 0x28), " closed.\"}")));
    // Genuine windows-1252: letters and curly quotes, no UTF-8 marks; ICU's detector recognises it.
    Files.writeString(dir.resolve("c-legacy.jsonl"), String.join("\n",
        "{\"id\":\"legacy-1\",\"text\":\"Le caf\u00e9 de la gare a rouvert, a dit le maire de Mont\u00e9limar.\"}",
        "{\"id\":\"legacy-2\",\"text\":\"Die B\u00fcrgermeisterin sagte, das Caf\u00e9 \u201cbleibt offen\u201d.\"}",
        "{\"id\":\"legacy-3\",\"text\":\"El alcalde dijo que el a\u00f1o ser\u00e1 mejor para la regi\u00f3n.\"}")
        + "\n", java.nio.charset.Charset.forName("windows-1252"));

    IngestResult r = read(IngestOptions.of(dir.toString()));
    Map<String, String> rej = rejections(r.rejected());
    assertThat(rej).containsExactlyInAnyOrderEntriesOf(Map.of("a-damaged.jsonl:2", "bad_encoding",
        "a-damaged.jsonl:3", "bad_encoding", "a-damaged.jsonl:4", "bad_encoding", "b-mixed.jsonl:2", "bad_encoding"));
    Map<String, Row> articles = IngestTestData.articlesById(r);
    assertThat(articles).containsOnlyKeys("ascii-1", "ascii-2", "utf8-1", "legacy-1", "legacy-2", "legacy-3");
    assertThat(articles.get("utf8-1").getAs("text").toString()).contains("caf\u00e9 in Z\u00fcrich");
    assertThat(articles.get("legacy-1").getAs("text").toString()).contains("caf\u00e9 de la gare", "Mont\u00e9limar");
    assertThat(articles.get("legacy-2").getAs("text").toString()).contains("B\u00fcrgermeisterin",
        "\u201cbleibt offen\u201d");
    assertThat(articles.get("legacy-3").getAs("text").toString()).contains("a\u00f1o ser\u00e1");
  }
}
