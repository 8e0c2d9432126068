package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SharedCorpora;
import org.claimgraph.SparkTestSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over ../shared/data/news/bad-inputs (by path, nothing copied) plus one file per ingest
 * defect of issue 17, made here: it must end normally with input = accepted + rejected + duplicates and
 * every bad record in {@code rejected} with its reason.
 */
class BadInputsFolderIT {
  @TempDir Path dir;
  private final SparkSession spark = SparkTestSession.get();

  private static String good(String id) {
    return "{\"id\":\"" + id + "\",\"text\":\"The minister said on Monday that " + id + " would reopen.\"}";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private Path makeDefects() throws IOException {
    Path d = Files.createDirectories(dir.resolve("defects"));
    Files.write(d.resolve("deep.jsonl"), List.of(good("deep-ok"),
        "{\"id\":\"deep-1\",\"text\":\"t\",\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
        "{\"id\":\"num-1\",\"text\":\"t\",\"n\":" + "9".repeat(3000) + "}"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(d.resolve("page.html.gz")), 1 << 16)) {
      out.write(ascii("<html><body><p>The minister said so.</p>"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
    }
    java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
    damaged.writeBytes(ascii(good("utf8-ok") + "\n"));
    damaged.writeBytes(ascii("{\"id\":\"utf8-broken\",\"text\":\"He said "));
    damaged.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x80});
    damaged.writeBytes(ascii("no comment.\"}\n"));
    Files.write(d.resolve("damaged-utf8.jsonl"), damaged.toByteArray());
    List<String> csv = new ArrayList<>(List.of("id,title,text"));
    for (int i = 1; i <= 20; i++) {
      csv.add(i == 10 ? "csv-10,\"Broken,Text ten." : "csv-" + i + ",Title " + i + ",\"Text " + i + ", said the mayor.\"");
    }
    Files.write(d.resolve("broken.csv"), csv);
    Files.createSymbolicLink(d.resolve("unreadable.jsonl"), Path.of("/proc/self/mem"));
    Files.writeString(d.resolve("big-extra.jsonl"), good("big-ok") + "\n{\"id\":\"big-extra\",\"extra\":\""
        + "x".repeat(8 << 20) + "\",\"text\":\"Short text.\"}\n");
    return d;
  }

  @Test
  void badInputsAndOneFilePerDefectEndNormallyWithEveryBadRecordRejected() throws IOException {
    List<String> inputs = List.of(SharedCorpora.require("news/bad-inputs").toString(), makeDefects().toString());
    Path out = dir.resolve("out");
    JobConfig config = JobConfig.resolve(null, Map.of("output", out.toString(), "mode", "replace",
        "partitions", "2", "max-page-bytes", "1048576", "max-decompressed-bytes", "16777216"));
    Preflight.check(config, inputs);

    RunJob.Summary s = RunJob.run(spark, config, inputs, "bad-inputs + defects");

    assertThat(s.inputRecords()).isEqualTo(s.accepted() + s.rejected() + s.duplicates());
    List<Row> rejected = OutputStore.at(spark, out.toString()).readPublished(Tables.REJECTED).collectAsList();
    assertThat(rejected).hasSize((int) s.rejected());
    Map<String, String> reasons = new TreeMap<>();
    for (Row r : rejected) {
      String file = r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1);
      reasons.put(file + ":" + (r.isNullAt(1) ? "-" : r.getLong(1)), r.getString(3));
    }
    assertThat(reasons).containsEntry("deep.jsonl:2", "too_deep").containsEntry("deep.jsonl:3", "number_too_long")
        .containsEntry("page.html.gz:-", "file_too_large").containsEntry("damaged-utf8.jsonl:2", "bad_encoding")
        .containsEntry("broken.csv:10", "unbalanced_quote").containsEntry("unreadable.jsonl:-", "unreadable_file")
        .containsEntry("big-extra.jsonl:2", "record_too_large")
        .containsEntry("malformed-mixed.jsonl:2", "unparseable").containsEntry("truncated.jsonl.gz:-", "truncated_file")
        .containsEntry("huge-no-punct.jsonl:1", "text_too_long").containsEntry("null-text.jsonl:1", "missing_text");
    for (int line = 2; line <= 9; line++) {
      assertThat(reasons).containsEntry("invalid-utf8.jsonl:" + line, "bad_encoding");
    }
    assertThat(rejected).filteredOn(r -> "record_too_large".equals(r.getString(3)))
        .extracting(r -> r.getString(2)).containsExactly("big-extra");
    List<String> kept = OutputStore.at(spark, out.toString()).readPublished(Tables.ARTICLES).select("article_id")
        .collectAsList().stream().map(r -> r.getString(0)).toList();
    assertThat(kept).contains("deep-ok", "utf8-ok", "big-ok", "csv-9", "csv-11", "csv-20", "bad-0200", "bad-0500")
        .doesNotContain("csv-10", "utf8-broken");
    assertThat(kept.stream().filter(id -> id.startsWith("csv-"))).hasSize(19);
    System.out.printf("bad-inputs + defects: input %d = accepted %d + rejected %d + duplicates %d%n",
        s.inputRecords(), s.accepted(), s.rejected(), s.duplicates());
  }

  @Test
  void badInputsAloneEndNormallyWithEveryBadRecordRejected(@TempDir Path badOut) {
    RunJob.Summary bad = RunJob.run(spark,
        JobConfig.resolve(null, Map.of("output", badOut.toString(), "mode", "replace", "partitions", "2")),
        List.of(SharedCorpora.require("news/bad-inputs").toString()), "bad-inputs");
    assertThat(bad.accepted() + bad.rejected() + bad.duplicates()).isEqualTo(bad.inputRecords());
    Dataset<Row> rejected = OutputStore.at(spark, badOut.toString()).readPublished(Tables.REJECTED);
    assertThat(rejected.count()).isEqualTo(bad.rejected());
    Set<String> reasons = rejected.select("reason").distinct().collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toSet());
    assertThat(reasons).contains("unparseable", "bad_encoding", "missing_text", "empty_text", "truncated_file");
    // The folder's files reuse texts, so some good records come out as duplicates of each other:
    // what matters is that no good record is rejected and the distinct good texts become articles.
    Set<String> rejectedIds = rejected.where("article_id IS NOT NULL").select("article_id").collectAsList()
        .stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    assertThat(rejectedIds).doesNotContain("bad-0001", "bad-0003", "bad-0006", "bad-0018", "bad-0100",
        "bad-0101", "bad-0306", "bad-0704", "bad-1200", "bad-1201");
    Set<String> kept = OutputStore.at(spark, badOut.toString()).readPublished(Tables.ARTICLES)
        .select("article_id").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    assertThat(kept).as("windows-1252 file decoded, BOM stripped, CJK kept, truncated gzip read up to the break")
        .contains("bad-0200", "bad-0203", "bad-1200", "bad-1201", "bad-0500", "bad-0900", "bad-0966");
  }
}
