package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.articlesById;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;
import static org.claimgraph.ingest.IngestTestData.resource;

import java.sql.Date;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON Lines: every reason a record is rejected, encodings, compressed and cut-short files. */
class JsonLinesIngestTest {
  private static IngestResult result;

  @BeforeAll
  static void readFolder() {
    result = Ingest.read(SparkTestSession.get(),
        IngestOptions.of(resource("jsonl")).withMaxTextChars(500), "run-jsonl");
  }

  @Test
  void schemasAndCountsHold() {
    assertWellFormed(result);
  }

  @Test
  void goodRecordsAreNormalisedAndKept() {
    Map<String, Row> byId = articlesById(result);
    Row first = byId.get("j-001");
    assertThat(first).as("id is trimmed").isNotNull();
    assertThat(first.getAs("title").toString()).isEqualTo("Bridge to open");
    assertThat(first.<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-04"));
    assertThat(first.<String>getAs("outlet")).isEqualTo("Example Times");
    assertThat(first.<String>getAs("language")).isEqualTo("en");
    assertThat(first.<String>getAs("run_id")).isEqualTo("run-jsonl");
    assertThat(first.<String>getAs("text_hash")).isEqualTo(RecordValidator.sha256(first.getAs("text")));
    assertThat(first.<Integer>getAs("char_count")).isEqualTo(first.<String>getAs("text").length());

    Row second = byId.get("j-002");
    assertThat(second.<String>getAs("text")).startsWith("First paragraph still first.\n\nSecond paragraph. Officials");
    assertThat(second.<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-05"));

    String derived = byId.keySet().stream().filter(id -> id.startsWith("sha256:")).findFirst().orElseThrow();
    assertThat(derived).hasSize("sha256:".length() + 16);
    assertThat(byId.get(derived).<String>getAs("text_hash")).startsWith(derived.substring(7));
    assertThat(byId.get("p-ok").<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-04"));
    assertThat(byId.get("g-1")).as("record from a .jsonl.gz file").isNotNull();
  }

  @Test
  void everyProblemLineIsRejectedWithItsReason() {
    Map<String, String> r = rejections(result.rejected());
    assertThat(r).containsEntry("b-problems.jsonl:2", "unparseable")
        .containsEntry("b-problems.jsonl:3", "not_an_object")
        .containsEntry("b-problems.jsonl:4", "wrong_type")
        .containsEntry("b-problems.jsonl:5", "missing_text")
        .containsEntry("b-problems.jsonl:6", "empty_text")
        .containsEntry("b-problems.jsonl:7", "text_too_long")
        .containsEntry("b-problems.jsonl:8", "bad_date")
        .containsEntry("b-problems.jsonl:9", "bad_date")
        .containsEntry("b-problems.jsonl:10", "bad_encoding")
        .containsEntry("b-problems.jsonl:11", "bad_encoding")
        .containsEntry("b-problems.jsonl:12", "duplicate_id")
        .containsEntry("b-problems.jsonl:14", "unparseable")
        .containsEntry("e-cut.jsonl.gz:-", "truncated_file")
        .containsEntry("f-not-gzip.jsonl.gz:-", "unreadable_file");
    assertThat(r).doesNotContainKey("b-problems.jsonl:13"); // exact copy of line 1: a duplicate, not a rejection
    assertThat(result.counts().duplicates()).isEqualTo(1);
    assertThat(result.rejected().filter("excerpt is null or detail is null or run_id != 'run-jsonl'").count())
        .as("all rejections with detail, excerpt and run id, except those of unreadable files")
        .isEqualTo(result.rejected().filter("reason = 'unreadable_file' and excerpt is null").count());
    Row invalidBytes = result.rejected().filter("position = 11").first();
    assertThat(invalidBytes.<String>getAs("article_id")).isEqualTo("p-11");
    assertThat(invalidBytes.<String>getAs("excerpt")).contains("caf\uFFFD");
  }

  @Test
  void windows1252FileIsDecodedAsSuch() {
    Map<String, Row> byId = articlesById(result);
    assertThat(byId.get("w-1").<String>getAs("text")).startsWith("\u201cWe\u2019re ready,\u201d the mayor said \u2013");
    assertThat(byId.get("w-2").<String>getAs("text")).contains("\u20ac4.50", "\u00a33.20", "caf\u00e9");
  }

  @Test
  void truncatedGzipKeepsWholeLinesAndReportsTheRest() {
    long kept = result.articles().filter("article_id like 't-%'").count();
    assertThat(kept).isGreaterThan(3);
    Row truncated = result.rejected().filter("reason = 'truncated_file'").first();
    assertThat(truncated.isNullAt(1)).as("position of a whole-file problem").isTrue();
    assertThat(truncated.<String>getAs("excerpt")).startsWith(String.format("{\"id\": \"t-%03d\"", kept));
  }
}
