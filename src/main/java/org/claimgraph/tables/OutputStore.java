package org.claimgraph.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output directory. Each run writes a complete snapshot of every table under
 * {@code snapshots/<run_id>/<table>/}; only when all tables are written does it replace the one-line
 * file {@code CURRENT} (atomic rename) that names the live snapshot. Readers resolve
 * {@code CURRENT} first, so they never see a half-written table, and a run that fails leaves the
 * previous snapshot live. Old snapshots are pruned after a successful switch.
 */
public final class OutputStore {
  private static final Logger LOG = LoggerFactory.getLogger(OutputStore.class);
  public static final String CURRENT = "CURRENT";
  private static final String SNAPSHOTS = "snapshots";

  private final SparkSession spark;
  private final Path root;
  private final Configuration hadoop;

  private OutputStore(SparkSession spark, String dir) {
    this.spark = spark;
    this.root = new Path(dir);
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  public static OutputStore at(SparkSession spark, String dir) {
    return new OutputStore(spark, dir);
  }

  public String root() {
    return root.toString();
  }

  /** The live snapshot's directory, if any run has published. */
  public Optional<String> currentSnapshot() {
    Path pointer = new Path(root, CURRENT);
    try {
      FileSystem fs = pointer.getFileSystem(hadoop);
      if (!fs.exists(pointer)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(pointer)) {
        String relative = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        return Optional.of(new Path(root, relative).toString());
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read " + pointer + ".", e.getMessage(),
          "Check that --output points at a claimgraph output directory you can read.", e);
    }
  }

  /** A live table, or an empty Dataset of its schema when nothing was published yet. */
  public Dataset<Row> readCurrent(TableSpec table) {
    return currentSnapshot()
        .filter(snapshot -> exists(new Path(snapshot, table.name())))
        .map(snapshot -> spark.read().schema(table.schema()).parquet(new Path(snapshot, table.name()).toString()))
        .orElseGet(() -> spark.createDataFrame(List.of(), table.schema()));
  }

  /** A table this run has already written to its (not yet live) snapshot. */
  public Dataset<Row> readStaged(String runId, TableSpec table) {
    return spark.read().schema(table.schema()).parquet(new Path(snapshotDir(runId), table.name()).toString());
  }

  public String snapshotDir(String runId) {
    return new Path(new Path(root, SNAPSHOTS), runId).toString();
  }

  /** Writes one table of a snapshot that is not yet live. */
  public void write(String runId, TableSpec table, Dataset<Row> rows) {
    Dataset<Row> conformed = TableConformance.conform(table, rows);
    String path = new Path(snapshotDir(runId), table.name()).toString();
    long start = System.nanoTime();
    var writer = conformed.write().mode(SaveMode.Overwrite);
    if (!table.partitionBy().isEmpty()) {
      // Without a shuffle by the partition column every task writes a file into every date it holds:
      // thousands of tiny files per table (and minutes of file-system work) for a few thousand articles.
      Column[] keys = table.partitionBy().stream().map(conformed::col).toArray(Column[]::new);
      writer = conformed.repartition(keys).write().mode(SaveMode.Overwrite)
          .partitionBy(table.partitionBy().toArray(String[]::new));
    }
    writer.parquet(path);
    LOG.info("wrote table {} in {} s", table.name(), String.format("%.1f", (System.nanoTime() - start) / 1e9));
  }

  /** Makes the run's snapshot live, then removes all but the newest {@code keep} snapshots. */
  public void publish(String runId, int keep) {
    Path pointer = new Path(root, CURRENT);
    Path staged = new Path(root, CURRENT + "." + runId + ".tmp");
    try {
      FileSystem fs = pointer.getFileSystem(hadoop);
      try (OutputStream out = fs.create(staged, true)) {
        out.write((SNAPSHOTS + "/" + runId + "\n").getBytes(StandardCharsets.UTF_8));
      }
      FileContext.getFileContext(pointer.toUri(), hadoop).rename(staged, pointer, Options.Rename.OVERWRITE);
      prune(fs, runId, keep);
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not publish run " + runId + " in " + root + ".", e.getMessage(),
          "Check free space and permissions of --output; the previous snapshot is still live.", e);
    }
  }

  private void prune(FileSystem fs, String liveRunId, int keep) throws IOException {
    Path snapshots = new Path(root, SNAPSHOTS);
    List<String> runIds = new ArrayList<>();
    for (FileStatus status : fs.listStatus(snapshots)) {
      runIds.add(status.getPath().getName());
    }
    // Run ids start with their UTC start time, so name order is age order.
    runIds.sort(null);
    for (int i = 0; i < runIds.size() - Math.max(keep, 1); i++) {
      if (!runIds.get(i).equals(liveRunId)) {
        fs.delete(new Path(snapshots, runIds.get(i)), true);
        LOG.info("pruned old snapshot {}", runIds.get(i));
      }
    }
  }

  private boolean exists(Path path) {
    try {
      return path.getFileSystem(hadoop).exists(path);
    } catch (IOException e) {
      return false;
    }
  }
}
