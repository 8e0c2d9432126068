package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact duplicates and repeated ids: the first in input order wins, whatever the partitioning. */
class DeduplicationTest {
  private final SparkSession spark = SparkTestSession.get();

  private static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
  }

  @Test
  void firstByInputOrderWinsRegardlessOfPartitions(@TempDir Path dir) throws Exception {
    String a = "Text A is about the harbour and the boats that came back.";
    String b = "Text B is about the school and the teachers who stayed.";
    Files.write(dir.resolve("1.jsonl"), List.of(line("x", a), line("y", b), line("z", a)));
    Files.write(dir.resolve("2.jsonl"), List.of(line("q", a), line("x", b), line("y", b + " Changed.")));
    List<String> expected = null;
    for (String partitions : List.of("1", "7")) {
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
      IngestResult r = Ingest.read(spark, IngestOptions.of(dir.toString()).withPartitions(3), "run");
      assertWellFormed(r);
      assertThat(r.counts()).isEqualTo(new IngestCounts(6, 2, 1, 3));
      List<String> outcome = r.articles().orderBy("article_id").collectAsList().stream()
          .map(row -> row.getString(0) + "@" + row.getString(9).replaceAll(".*/", "")).toList();
      List<String> rejected = r.rejected().collectAsList().stream()
          .map(row -> row.getString(3) + ":" + row.getString(2) + "@" + row.getLong(1)).toList();
      assertThat(rejected).containsExactly("duplicate_id:y@3");
      List<String> all = new java.util.ArrayList<>(outcome);
      all.addAll(rejected);
      if (expected == null) {
        expected = all;
        assertThat(outcome).containsExactly("x@1.jsonl", "y@1.jsonl");
      } else {
        assertThat(all).isEqualTo(expected);
      }
    }
    spark.conf().set("spark.sql.shuffle.partitions", "4");
  }

  @Test
  void limitTakesTheFirstRecordsInInputOrder(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.jsonl"), List.of(line("a1", "one one one"), "", line("a2", "two two two")));
    Files.write(dir.resolve("b.jsonl"), List.of(line("b1", "three three"), line("b2", "four four")));
    IngestResult r = Ingest.read(spark, IngestOptions.of(dir.toString()).withLimit(3), "run");
    assertWellFormed(r);
    assertThat(r.counts().inputRecords()).isEqualTo(3);
    assertThat(IngestTestData.ids(r.articles())).containsExactly("a1", "a2", "b1");
    Row b1 = r.articles().filter("article_id = 'b1'").first();
    assertThat(b1.<String>getAs("source_file")).endsWith("b.jsonl");
  }
}
