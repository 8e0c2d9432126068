package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SharedCorpora;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs over ../shared/data/news: the bad-inputs folder and the AllSides file. Fails without it. */
class SharedCorporaIngestIT {
  private final SparkSession spark = SparkTestSession.get();
  private Path news;

  @BeforeEach
  void needsSharedData() {
    news = SharedCorpora.require("news");
  }

  @Test
  void badInputsFolderEndsNormallyWithEveryBadRecordRejected() {
    IngestResult r = Ingest.read(spark, IngestOptions.of(news.resolve("bad-inputs").toString()), "run-bad");
    assertWellFormed(r);
    Map<String, String> rej = rejections(r.rejected());
    assertThat(rej).containsEntry("malformed-mixed.jsonl:2", "unparseable")
        .containsEntry("malformed-mixed.jsonl:5", "unparseable")
        .containsEntry("malformed-mixed.jsonl:6", "unparseable")
        .containsEntry("malformed-mixed.jsonl:9", "unparseable")
        .containsEntry("malformed-mixed.jsonl:10", "not_an_object")
        .containsEntry("malformed-mixed.jsonl:11", "not_an_object")
        .containsEntry("malformed-mixed.jsonl:12", "not_an_object")
        .containsEntry("malformed-mixed.jsonl:13", "missing_text")
        .containsEntry("malformed-mixed.jsonl:14", "wrong_type")
        .containsEntry("malformed-mixed.jsonl:16", "unparseable")
        .containsEntry("malformed-mixed.jsonl:17", "unparseable")
        .containsEntry("malformed-mixed.jsonl:18", "bad_encoding")
        .containsEntry("malformed-mixed.jsonl:19", "bad_date")
        .containsEntry("malformed-mixed.jsonl:20", "bad_date")
        .containsEntry("malformed-mixed.jsonl:21", "unparseable")
        .containsEntry("malformed-mixed.jsonl:22", "unparseable")
        .containsEntry("huge-no-punct.jsonl:1", "text_too_long")
        .containsEntry("binary-junk.jsonl:4", "text_too_long")
        .containsEntry("null-text.jsonl:1", "missing_text")
        .containsEntry("null-text.jsonl:2", "missing_text")
        .containsEntry("null-text.jsonl:3", "missing_text")
        .containsEntry("truncated.jsonl.gz:-", "truncated_file");
    for (int line = 2; line <= 9; line++) {
      assertThat(rej).containsEntry("invalid-utf8.jsonl:" + line, "bad_encoding");
    }
    for (int line = 1; line <= 6; line++) {
      assertThat(rej).containsEntry("empty-text.jsonl:" + line, "empty_text");
    }
    assertThat(rej.keySet()).noneMatch(k -> k.startsWith("windows-1252") || k.startsWith("bom-utf8")
        || k.startsWith("cjk-only") || k.matches("malformed-mixed.jsonl:(1|3|4|7|8|15|23)"));
    assertThat(r.rejected().filter("article_id in ('bad-0001','bad-0003','bad-0006','bad-0018','bad-0100',"
        + "'bad-0101','bad-0306','bad-0704','bad-1200','bad-1201')").count()).isZero();
    assertThat(IngestTestData.ids(r.articles())).contains("bad-0200", "bad-0201", "bad-0202", "bad-0203",
        "bad-0500", "bad-0501", "bad-0502", "bad-0503", "bad-0600", "bad-0601", "bad-0602", "bad-0604",
        "bad-1200", "bad-1201", "bad-0900", "bad-0966").doesNotContain("bad-0967");
    assertThat(r.articles().filter("article_id like 'bad-09%' or article_id like 'bad-10%'").count()).isEqualTo(67);
  }

  @Test
  void cleanRecordsOfMalformedMixedAreAcceptedWhenReadAlone() {
    IngestResult r = Ingest.read(spark, new IngestOptions(List.of(news.resolve("bad-inputs/malformed-mixed.jsonl")
        .toString()), InputFormat.JSONL, null, 1_000_000, BadDatePolicy.KEEP_NULL, 0, 0), "run");
    assertWellFormed(r);
    assertThat(IngestTestData.ids(r.articles())).contains("bad-0001", "bad-0003", "bad-0006")
        .anyMatch(id -> id.startsWith("sha256:"));
    // 23 lines, 2 blank; 14 bad. bad-0013/0014 (invalid dates, kept under KEEP_NULL) and bad-0018 repeat the
    // texts of bad-0001/0006, so they count as exact duplicates.
    assertThat(r.counts()).isEqualTo(new IngestCounts(21, 4, 14, 3));
    assertThat(r.rejected().filter("article_id in ('bad-0013', 'bad-0014', 'bad-0018')").count()).isZero();
  }

  @Test
  void duplicateIdsFileReadAlone() {
    IngestResult r = Ingest.read(spark, IngestOptions.of(news.resolve("bad-inputs/duplicate-ids.jsonl").toString()),
        "run");
    assertWellFormed(r);
    assertThat(IngestTestData.ids(r.articles())).containsExactly("dup-0001", "dup-0002");
    assertThat(rejections(r.rejected())).containsExactlyInAnyOrderEntriesOf(
        Map.of("duplicate-ids.jsonl:2", "duplicate_id", "duplicate-ids.jsonl:4", "duplicate_id"));
    assertThat(r.counts().duplicates()).isEqualTo(4);
  }

  @Test
  void allsidesWithLimitReadsExactlyThatMany() {
    long start = System.nanoTime();
    IngestResult r = Ingest.read(spark, IngestOptions.of(news.resolve("allsides-10k.jsonl.gz").toString())
        .withLimit(1000), "run");
    assertThat(r.counts().inputRecords()).isEqualTo(1000);
    assertThat(r.counts().accepted()).isGreaterThan(990);
    System.out.printf("allsides-10k limit=1000: %s in %.1f s%n", r.counts(), (System.nanoTime() - start) / 1e9);
  }
}
