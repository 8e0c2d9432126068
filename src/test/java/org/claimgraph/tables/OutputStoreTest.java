package org.claimgraph.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStoreTest {
  @TempDir Path dir;
  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> runRow(String runId) {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    Row row = RowFactory.create(runId, now, now, "in", 3L, 1L, 1L, 1L, 10L, 2L, 4L, 0L, "m", "k=v", "3.5", "0.1",
        Map.of("nlp", 1.0));
    return spark.createDataFrame(List.of(row), Tables.RUNS.schema());
  }

  @Test
  void nothingIsLiveUntilPublishAndThenTheNewSnapshotIs() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    assertThat(store.currentSnapshot()).isEmpty();
    assertThat(store.readCurrent(Tables.RUNS).count()).isZero();

    store.write("20240101T000000Z-aaaaaa", Tables.RUNS, runRow("r1"));
    assertThat(store.currentSnapshot()).as("a written but unpublished snapshot is not live").isEmpty();

    store.publish("20240101T000000Z-aaaaaa", 3);
    assertThat(store.readCurrent(Tables.RUNS).first().getString(0)).isEqualTo("r1");

    store.write("20240102T000000Z-bbbbbb", Tables.RUNS, runRow("r2"));
    assertThat(store.readCurrent(Tables.RUNS).first().getString(0))
        .as("a run that has not published leaves the previous tables live").isEqualTo("r1");
    store.publish("20240102T000000Z-bbbbbb", 1);
    assertThat(store.readCurrent(Tables.RUNS).first().getString(0)).isEqualTo("r2");
    assertThat(Files.exists(dir.resolve("snapshots/20240101T000000Z-aaaaaa"))).as("pruned").isFalse();
  }

  @Test
  void writtenTablesCarryTheDeclaredSchemaAndColumnDocs() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    store.write("20240103T000000Z-cccccc", Tables.RUNS, runRow("r3").select("stage_seconds", "run_id",
        "started_at", "finished_at", "input", "input_records", "accepted", "rejected", "duplicates", "tokens",
        "mentions", "claims", "capped_articles", "models", "config", "spark_version", "claimgraph_version"));
    store.publish("20240103T000000Z-cccccc", 3);
    Dataset<Row> read = spark.read().parquet(store.currentSnapshot().orElseThrow() + "/runs");
    assertThat(read.columns()).containsExactly(Tables.RUNS.schema().fieldNames());
    assertThat(TableSpec.comment(read.schema().apply("duplicates"))).contains("Exact duplicates");
  }

  @Test
  void aDatasetMissingADeclaredColumnIsAProgrammingError() {
    OutputStore store = OutputStore.at(spark, dir.toString());
    assertThatThrownBy(() -> store.write("x", Tables.RUNS, runRow("r").drop("tokens")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokens");
  }
}
