package org.claimgraph.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStoreTest {
  @TempDir Path dir;
  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> runRow(String runId, Map<String, Long> versions) {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    Row row = RowFactory.create(runId, now, now, "in", 3L, 1L, 1L, 1L, 10L, 2L, 4L, 0L, "m", "k=v", "3.5", "0.1",
        Map.of("nlp", 1.0), versions);
    return spark.createDataFrame(List.of(row), Tables.RUNS.schema());
  }

  private Dataset<Row> rejected(String file, String runId) {
    Row row = RowFactory.create(file, 1L, null, "unparseable", "bad", "{", runId);
    return spark.createDataFrame(List.of(row), Tables.REJECTED.schema());
  }

  /** Writes a table and the runs row that publishes it, as a run does, under the run's id. */
  private void publish(OutputStore store, String runId, Dataset<Row> rejectedRows) {
    spark.conf().set("spark.databricks.delta.commitInfo.userMetadata", runId);
    try {
      Map<String, Long> versions = new LinkedHashMap<>();
      versions.put(Tables.REJECTED.name(), store.overwrite(Tables.REJECTED, rejectedRows));
      if (store.isDeltaTable(Tables.RUNS)) {
        store.append(Tables.RUNS, runRow(runId, versions));
      } else {
        store.overwrite(Tables.RUNS, runRow(runId, versions));
      }
    } finally {
      spark.conf().unset("spark.databricks.delta.commitInfo.userMetadata");
    }
  }

  @Test
  void readersSeeATableAtTheVersionTheLastRunRecordedNotItsNewestCommit() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    assertThat(store.published()).isEmpty();
    assertThat(store.readPublished(Tables.REJECTED).count()).isZero();

    publish(store, "r1", rejected("a.jsonl", "r1"));
    assertThat(store.published().orElseThrow().runId()).isEqualTo("r1");
    assertThat(store.readPublished(Tables.REJECTED).first().<String>getAs("source_file")).isEqualTo("a.jsonl");

    // A run that committed a table and died before its runs row: readers still see r1's table.
    store.overwrite(Tables.REJECTED, rejected("b.jsonl", "r2"));
    assertThat(store.readLatest(Tables.REJECTED).first().<String>getAs("source_file")).isEqualTo("b.jsonl");
    assertThat(store.readPublished(Tables.REJECTED).first().<String>getAs("source_file")).isEqualTo("a.jsonl");

    store.rollBackUnpublished();
    assertThat(store.readLatest(Tables.REJECTED).first().<String>getAs("source_file"))
        .as("the next run starts from what readers saw").isEqualTo("a.jsonl");

    publish(store, "r3", rejected("c.jsonl", "r3"));
    assertThat(store.readPublished(Tables.REJECTED).first().<String>getAs("source_file")).isEqualTo("c.jsonl");
    assertThat(store.read(Tables.REJECTED, store.publishedAsOf("r1")).first().<String>getAs("source_file"))
        .as("--as-of an earlier run").isEqualTo("a.jsonl");
    assertThat(store.read(Tables.RUNS, store.publishedAsOf("r1")).count()).isEqualTo(1);
    assertThat(store.readPublished(Tables.RUNS).count()).isEqualTo(2);
  }

  @Test
  void aTableNoRunPublishedIsRemovedBeforeTheNextRun() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    store.overwrite(Tables.REJECTED, rejected("orphan.jsonl", "dead"));
    store.rollBackUnpublished();
    assertThat(store.isDeltaTable(Tables.REJECTED)).isFalse();
  }

  @Test
  void replaceByKeySwapsTheTouchedKeysRowsInOneCommitAndKeepsTheOthers() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    store.overwrite(Tables.REJECTED, rejected("a.jsonl", "r1").unionByName(rejected("b.jsonl", "r1")));
    long before = store.latestVersion(Tables.REJECTED);
    Dataset<Row> again = rejected("a.jsonl", "r2");
    store.replaceByKey(Tables.REJECTED, "source_file", again, again.select("source_file"));
    assertThat(store.latestVersion(Tables.REJECTED)).isEqualTo(before + 1);
    List<String> rows = store.readLatest(Tables.REJECTED).orderBy("source_file")
        .selectExpr("concat(source_file, ':', run_id)").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(rows).containsExactly("a.jsonl:r2", "b.jsonl:r1");
  }

  @Test
  void columnDocsAreDeltaColumnComments() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    publish(store, "r1", rejected("a.jsonl", "r1"));
    Dataset<Row> described = spark.sql("DESCRIBE TABLE delta.`" + store.path(Tables.RUNS) + "`");
    Row duplicates = described.where("col_name = 'duplicates'").first();
    assertThat(duplicates.<String>getAs("comment")).contains("Exact duplicates");
    assertThat(store.readPublished(Tables.RUNS).columns()).containsExactly(Tables.RUNS.schema().fieldNames());
  }

  @Test
  void aDatasetMissingADeclaredColumnIsAProgrammingError() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    assertThatThrownBy(() -> store.overwrite(Tables.RUNS, runRow("r", Map.of()).drop("tokens")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokens");
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstHoldsTheLockAndAStaleLockIsTakenOver() throws Exception {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    try (RunLock first = RunLock.acquire(hadoop, dir.toString(), "run-1")) {
      assertThatThrownBy(() -> RunLock.acquire(hadoop, dir.toString(), "run-2"))
          .isInstanceOf(ClaimgraphException.class).hasMessageContaining("Another run is writing")
          .hasMessageContaining("run-1");
    }
    try (RunLock again = RunLock.acquire(hadoop, dir.toString(), "run-3")) {
      assertThat(Files.exists(dir.resolve("_claimgraph/run.lock"))).isTrue();
    }
    assertThat(Files.exists(dir.resolve("_claimgraph/run.lock"))).as("released").isFalse();

    // A run killed with SIGKILL leaves its lock behind and stops touching it.
    Path lock = dir.resolve("_claimgraph/run.lock");
    Files.writeString(lock, "run-killed pid 1@host since then");
    Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() - RunLock.STALE_AFTER.toMillis() - 1000));
    try (RunLock taken = RunLock.acquire(hadoop, dir.toString(), "run-4")) {
      assertThat(Files.readString(lock)).startsWith("run-4");
    }

    // On this host a dead holder is known at once, whatever the lock's age.
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String self = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    Files.writeString(lock, "run-dead pid " + gone.pid() + self.substring(self.indexOf('@')) + " since now");
    try (RunLock taken = RunLock.acquire(hadoop, dir.toString(), "run-5")) {
      assertThat(Files.readString(lock)).startsWith("run-5");
    }
  }

  @Test
  void aTableIsCompactedWhenItsCommitsSinceTheLastRewriteAddedTooManyFiles() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    store.overwrite(Tables.REJECTED, rejected("a.jsonl", "r1"));
    assertThat(store.filesAddedSinceCompaction(Tables.REJECTED)).isEqualTo(1);

    // One append of many small files, as months of nightly MERGEs would leave.
    int files = OutputStore.MAX_FILES_BEFORE_COMPACTION + 6;
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 10 * files; i++) {
      rows.add(RowFactory.create("b" + i + ".jsonl", 1L, null, "unparseable", "bad", "{", "r2"));
    }
    store.append(Tables.REJECTED, spark.createDataFrame(rows, Tables.REJECTED.schema()).repartition(files));
    assertThat(store.filesAddedSinceCompaction(Tables.REJECTED)).isGreaterThan(OutputStore.MAX_FILES_BEFORE_COMPACTION);
    assertThat(store.fileCount(Tables.REJECTED)).isEqualTo(files + 1);

    store.compactIfFragmented();
    assertThat(store.fileCount(Tables.REJECTED)).as("one file after OPTIMIZE").isEqualTo(1);
    assertThat(store.filesAddedSinceCompaction(Tables.REJECTED)).isEqualTo(1);
    assertThat(store.readLatest(Tables.REJECTED).count()).isEqualTo(10 * files + 1);

    store.compactIfFragmented();
    assertThat(store.latestVersion(Tables.REJECTED)).as("nothing left to compact").isEqualTo(2);
  }
}
