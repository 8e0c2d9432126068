package org.claimgraph.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
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
 * The output directory: one Delta Lake table per {@link TableSpec} at {@code OUTPUT/<table>}.
 *
 * <p>Delta commits table by table, so a run is published by the row it appends to {@code runs}
 * last: that row records the version of every table the run produced. Readers that go through
 * {@link #published()} read every table at the versions of the last committed run, so they never
 * see a run's articles without its claims. A table opened directly by its path shows its newest
 * commit, which during a run may be ahead of {@code runs}.
 *
 * <p>A run that died after committing some tables left versions no {@code runs} row names;
 * {@link #rollBackUnpublished()} restores them before the next run writes, so what readers saw is
 * what the next run starts from.
 */
public final class OutputStore {
  private static final Logger LOG = LoggerFactory.getLogger(OutputStore.class);
  /** A Delta commit file: the version in 20 digits. */
  private static final Pattern COMMIT_FILE = Pattern.compile("\\d{20}\\.json");

  private final SparkSession spark;
  private final Path root;
  private final Configuration hadoop;
  private boolean broadcastMergeSources;

  private OutputStore(SparkSession spark, String dir) {
    this.spark = spark;
    this.root = new Path(dir);
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  public static OutputStore at(SparkSession spark, String dir) {
    return new OutputStore(spark, dir);
  }

  /**
   * Where a run checkpoints the intermediates its table stage reads many times: under the output, so
   * on a cluster they sit on the same reliable file system; {@link #clearCheckpoints} removes them.
   */
  public String checkpointDir(String runId) {
    return new Path(root, "_claimgraph/checkpoints/" + runId).toString();
  }

  /** Removes every run's checkpoints, a killed run's included; call it holding the run lock. */
  public void clearCheckpoints() {
    Path dir = new Path(root, "_claimgraph/checkpoints");
    if (exists(dir)) {
      deleteDirectory(dir);
    }
  }

  /**
   * Whether MERGE sources are sent whole to every task (a broadcast join) rather than joined by
   * shuffling the target: right when a run's rows are few, which Spark cannot tell from checkpointed
   * rows, whose size it does not know; without it a day's MERGE shuffles the table's whole history.
   */
  public void broadcastMergeSources(boolean small) {
    this.broadcastMergeSources = small;
  }

  public String root() {
    return root.toString();
  }

  public String path(TableSpec table) {
    return new Path(root, table.name()).toString();
  }

  /** The last committed run, or the run named by {@code asOf}: a run id or a timestamp. */
  public Optional<PublishedRun> published() {
    return publishedAsOf(null);
  }

  public Optional<PublishedRun> publishedAsOf(String asOf) {
    if (!isDeltaTable(Tables.RUNS)) {
      return Optional.empty();
    }
    Dataset<Row> runs = spark.read().format("delta").load(path(Tables.RUNS));
    if (asOf != null) {
      Dataset<Row> byId = runs.where(col("run_id").equalTo(lit(asOf)));
      runs = byId.isEmpty() ? runs.where(col("finished_at").leq(lit(parseTimestamp(asOf)))) : byId;
    }
    List<Row> last = runs.orderBy(col("finished_at").desc(), col("run_id").desc())
        .select("run_id", "table_versions").limit(1).collectAsList();
    if (last.isEmpty()) {
      if (asOf != null) {
        throw ClaimgraphException.of("No run " + asOf + " in " + root + ".",
            "--as-of takes a run id from the runs table or a time after the first run finished.",
            "List the runs with `claimgraph sql --output " + root + " \"SELECT run_id, finished_at FROM runs\"`.");
      }
      return Optional.empty();
    }
    Map<String, Long> versions = new LinkedHashMap<>(last.get(0).getJavaMap(1));
    versions.put(Tables.RUNS.name(), runsVersionOf(last.get(0).getString(0)));
    return Optional.of(new PublishedRun(last.get(0).getString(0), versions));
  }

  /**
   * At least as many articles as the output holds: every committed run's accepted articles. A re-run
   * counts its articles again, which only errs towards a larger output.
   */
  public long articlesAtMost() {
    if (!isDeltaTable(Tables.RUNS)) {
      return 0;
    }
    Row total = spark.read().format("delta").load(path(Tables.RUNS)).agg(sum("accepted")).first();
    return total.isNullAt(0) ? 0 : total.getLong(0);
  }

  /** {@link #publishedAsOf}, for commands that can do nothing without a published run. */
  public PublishedRun requirePublished(String asOf) {
    return publishedAsOf(asOf).orElseThrow(() -> ClaimgraphException.of("No published tables in " + root + ".",
        "The directory has no committed runs table, so no run has finished there.",
        "Run `jobs/claimgraph run --output " + root + "` first, or pass the right --output."));
  }

  /** A table as the given run left it; an empty Dataset of its schema when that run had none. */
  public Dataset<Row> read(TableSpec table, Optional<PublishedRun> run) {
    Long version = run.map(r -> r.versions().get(table.name())).orElse(null);
    if (version == null) {
      return spark.createDataFrame(List.of(), table.schema());
    }
    return spark.read().format("delta").option("versionAsOf", version).load(path(table));
  }

  public Dataset<Row> readPublished(TableSpec table) {
    return read(table, published());
  }

  /** The table's newest version: what this run has committed to it so far. */
  public Dataset<Row> readLatest(TableSpec table) {
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Replaces the table's rows whose {@code key} is among the fresh rows' keys (or among
   * {@code touchedKeys}) by the fresh rows, in one commit: a row of an article processed again goes,
   * rows of other articles stay, and no reader sees the article half replaced.
   */
  public long replaceByKey(TableSpec table, String key, Dataset<Row> fresh, Dataset<Row> touchedKeys) {
    Dataset<Row> rows = TableConformance.conform(table, fresh);
    if (!isDeltaTable(table)) {
      return overwrite(table, rows);
    }
    // One MERGE: a marker row per touched key deletes its old rows; the fresh rows never match and
    // are inserted. Fresh rows cannot match themselves, so MERGE's one-match-per-row rule holds.
    Column[] markerColumns = java.util.Arrays.stream(rows.schema().fields())
        .map(f -> f.name().equals(key) ? col(key) : lit(null).cast(f.dataType()).as(f.name()))
        .toArray(Column[]::new);
    Dataset<Row> markers = touchedKeys.select(col(key)).distinct().select(markerColumns)
        .withColumn("_marker", lit(true));
    Dataset<Row> source = rows.withColumn("_marker", lit(false)).unionByName(markers);
    Map<String, String> insert = new LinkedHashMap<>();
    for (String c : rows.columns()) {
      insert.put("`" + c + "`", "s.`" + c + "`");
    }
    long start = System.nanoTime();
    DeltaTable.forPath(spark, path(table)).as("t")
        .merge(mergeSource(source).as("s"), "s._marker AND t.`" + key + "` <=> s.`" + key + "`")
        .whenMatched().delete()
        .whenNotMatched("NOT s._marker").insertExpr(insert)
        .execute();
    logWrite(table, "merged", start);
    return latestVersion(table);
  }

  /**
   * The table as the given run left it, with the rows of the given keys (the {@code keys} rows' first
   * column) replaced by {@code fresh}, written whole in one commit: for tables whose keys are spread
   * over every file, where a MERGE would rewrite every file too.
   */
  public long replaceKeysWhole(TableSpec table, Optional<PublishedRun> base, String key, Dataset<Row> fresh,
      Dataset<Row> keys) {
    Dataset<Row> kept = read(table, base).join(
        org.apache.spark.sql.functions.broadcast(keys.select(col(keys.columns()[0]).as("_replaced_key"))),
        col(key).equalTo(col("_replaced_key")), "left_anti");
    return overwrite(table, TableConformance.conform(table, kept).unionByName(TableConformance.conform(table, fresh)));
  }

  /**
   * Updates the given columns of the rows (by {@code key}) where the fresh value differs: how an old
   * article's mentions follow an actor that today's articles re-decided, without rewriting the rest.
   *
   * @return the number of rows that changed
   */
  public long updateChanged(TableSpec table, String key, Dataset<Row> fresh, List<String> columns) {
    Dataset<Row> changed = differing(fresh, readLatest(table), key, columns)
        .select(key, columns.toArray(String[]::new)).cache();
    long n = changed.count();
    if (n > 0) {
      Map<String, String> set = new LinkedHashMap<>();
      for (String c : columns) {
        set.put("`" + c + "`", "s.`" + c + "`");
      }
      long start = System.nanoTime();
      DeltaTable.forPath(spark, path(table)).as("t")
          .merge(mergeSource(changed).as("s"), "t.`" + key + "` = s.`" + key + "`")
          .whenMatched().updateExpr(set).execute();
      logWrite(table, "updated " + n + " rows of", start);
    }
    changed.unpersist();
    return latestVersion(table);
  }

  /** The rows of {@code fresh} whose {@code columns} differ from those of the {@code stored} row with the same {@code key}. */
  public static Dataset<Row> differing(Dataset<Row> fresh, Dataset<Row> stored, String key, List<String> columns) {
    Column differs = lit(false);
    String[] old = new String[columns.size() + 1];
    Column[] keep = new Column[columns.size() + 1];
    old[0] = "_old_key";
    keep[0] = col(key).as(old[0]);
    for (int i = 0; i < columns.size(); i++) {
      old[i + 1] = "_old_" + columns.get(i);
      keep[i + 1] = col(columns.get(i)).as(old[i + 1]);
      differs = differs.or(org.apache.spark.sql.functions.not(col(columns.get(i)).eqNullSafe(col(old[i + 1]))));
    }
    return fresh.join(stored.select(keep), col(key).equalTo(col(old[0]))).where(differs).drop(old);
  }

  private Dataset<Row> mergeSource(Dataset<Row> rows) {
    return broadcastMergeSources ? org.apache.spark.sql.functions.broadcast(rows) : rows;
  }

  private static final String STATS_COLUMNS = "delta.dataSkippingStatsColumns";

  /** Writes the table whole, as one commit; the table's history keeps the earlier versions. */
  public long overwrite(TableSpec table, Dataset<Row> fresh) {
    Dataset<Row> conformed = TableConformance.conform(table, fresh);
    Dataset<Row> rows = conformed;
    if (!table.sortBy().isEmpty()) {
      // Sorted rows give each file a narrow range of the sort key, so Delta's file statistics let a
      // query on a date range skip most files without the thousands of day folders partitioning makes.
      rows = conformed.sortWithinPartitions(table.sortBy().stream().map(conformed::col).toArray(Column[]::new));
    }
    long start = System.nanoTime();
    rows.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", "true")
        .option(STATS_COLUMNS, String.join(",", table.statsColumns())).save(path(table));
    logWrite(table, "wrote", start);
    return latestVersion(table);
  }

  public long append(TableSpec table, Dataset<Row> fresh) {
    long start = System.nanoTime();
    TableConformance.conform(table, fresh).write().format("delta").mode(SaveMode.Append).save(path(table));
    logWrite(table, "appended to", start);
    return latestVersion(table);
  }

  /**
   * Undoes what a run that never committed its {@code runs} row left behind: tables restored to
   * the last published versions, tables no run published removed.
   */
  public void rollBackUnpublished() {
    Optional<PublishedRun> live = published();
    for (TableSpec table : Tables.STORED) {
      OptionalLong committed = committedVersion(table);
      if (committed.isEmpty()) {
        continue;
      }
      Long version = live.map(r -> r.versions().get(table.name())).orElse(null);
      long latest = committed.getAsLong();
      if (version == null) {
        deleteDirectory(new Path(path(table)));
        LOG.warn("removed table {}: an earlier run wrote it but never published", table.name());
      } else if (latest > version) {
        DeltaTable.forPath(spark, path(table)).restoreToVersion(version);
        LOG.warn("restored table {} from version {} to {}, the version the last published run left",
            table.name(), latest, version);
      }
    }
  }

  /** Removes data files that no version younger than {@code retentionHours} needs. */
  public void vacuum(double retentionHours) {
    for (TableSpec table : Tables.STORED) {
      if (isDeltaTable(table)) {
        DeltaTable.forPath(spark, path(table)).vacuum(retentionHours);
      }
    }
  }

  /**
   * Each MERGE adds files, so a year of nightly runs would leave thousands of small ones; a table
   * whose commits since its last compaction or whole rewrite added more than this many is compacted
   * at the end of the run.
   */
  static final int MAX_FILES_BEFORE_COMPACTION = 64;

  /** Compacts (Delta OPTIMIZE) the tables that {@link #filesAddedSinceCompaction} finds fragmented. */
  public void compactIfFragmented() {
    for (TableSpec table : Tables.STORED) {
      if (filesAddedSinceCompaction(table) > MAX_FILES_BEFORE_COMPACTION) {
        compactTable(table);
      }
    }
  }

  /**
   * The data files the table's commits added since the last one that rewrote it whole (an OPTIMIZE,
   * an overwrite, its creation), read from the newest commit files of its log; at most a few dozen
   * small files. Delta 3.2 writes no checksum files, so asking a snapshot for its file count rebuilds
   * the table's state with a Spark job, several seconds a table. Files a MERGE rewrote count although
   * they are gone, so the estimate errs towards compacting early.
   */
  long filesAddedSinceCompaction(TableSpec table) {
    Path log = new Path(path(table), "_delta_log");
    try {
      FileSystem fs = log.getFileSystem(hadoop);
      if (!fs.exists(log)) {
        return 0;
      }
      List<Path> commits = new java.util.ArrayList<>();
      for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(log)) {
        if (f.getPath().getName().matches("\\d{20}\\.json")) {
          commits.add(f.getPath());
        }
      }
      commits.sort(java.util.Comparator.comparing(Path::getName).reversed());
      long added = 0;
      for (Path commit : commits) {
        CommitFiles c = CommitFiles.read(fs, commit);
        added += c.added();
        if (c.rewroteAll() || added > MAX_FILES_BEFORE_COMPACTION) {
          break;
        }
      }
      return added;
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read the log of table " + table.name() + " in " + root + ".",
          e.getMessage(), "Check that --output is readable.", e);
    }
  }

  /** Rewrites the small files of every table with more than {@code maxFiles} files into large ones. */
  public void compact(int maxFiles) {
    for (TableSpec table : Tables.STORED) {
      if (isDeltaTable(table) && fileCount(table) > maxFiles) {
        compactTable(table);
      }
    }
  }

  private void compactTable(TableSpec table) {
    long start = System.nanoTime();
    DeltaTable.forPath(spark, path(table)).optimize().executeCompaction();
    logWrite(table, "compacted", start);
  }

  public long fileCount(TableSpec table) {
    return snapshot(table).numOfFiles();
  }

  public boolean isDeltaTable(TableSpec table) {
    return exists(new Path(new Path(path(table)), "_delta_log")) && DeltaTable.isDeltaTable(spark, path(table));
  }

  /**
   * The table's newest commit, from the names of its log files. Delta's own answer needs a snapshot,
   * and the first snapshot of a table in a JVM runs a Spark job to read its protocol and metadata: for
   * the dozen tables a run checks before it starts, that was about 20 s of a 50 s sample re-run. The
   * newest commit file is never cleaned up, so its number is the table's version.
   */
  private OptionalLong committedVersion(TableSpec table) {
    Path log = new Path(new Path(path(table)), "_delta_log");
    if (!exists(log)) {
      return OptionalLong.empty();
    }
    try {
      FileStatus[] commits = log.getFileSystem(hadoop).listStatus(log, p -> COMMIT_FILE.matcher(p.getName()).matches());
      return Arrays.stream(commits).mapToLong(f -> Long.parseLong(f.getPath().getName().substring(0, 20))).max();
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not list the log of table " + table.name() + " in " + root + ".",
          e.getMessage(), "Check that --output is readable.", e);
    }
  }

  public long latestVersion(TableSpec table) {
    return snapshot(table).version();
  }

  /**
   * The table's current state from its log: version and file count come from the last commit's
   * checksum without a Spark job, where {@code DESCRIBE DETAIL} and {@code DESCRIBE HISTORY} run one each.
   */
  private Snapshot snapshot(TableSpec table) {
    return DeltaLog.forTable(spark, path(table)).update(false, scala.Option.empty());
  }

  /** The {@code runs} version whose commit added this run's row: every run commits with its id as user metadata. */
  private long runsVersionOf(String runId) {
    List<Row> commit = DeltaTable.forPath(spark, path(Tables.RUNS)).history()
        .where(col("userMetadata").equalTo(lit(runId))).select("version").orderBy(col("version").desc())
        .limit(1).collectAsList();
    return commit.isEmpty() ? latestVersion(Tables.RUNS) : commit.get(0).getLong(0);
  }

  private static Timestamp parseTimestamp(String text) {
    try {
      return Timestamp.valueOf(text.replace('T', ' ').replace("Z", ""));
    } catch (IllegalArgumentException e) {
      try {
        return Timestamp.valueOf(text + " 00:00:00");
      } catch (IllegalArgumentException e2) {
        throw ClaimgraphException.of("--as-of " + text + " is neither a run id nor a time.",
            "A time is written yyyy-MM-dd or yyyy-MM-dd HH:mm:ss (UTC).",
            "Pass a run_id from the runs table or a UTC time such as 2024-03-05 12:00:00.");
      }
    }
  }

  private void logWrite(TableSpec table, String verb, long start) {
    LOG.info("{} table {} in {} s", verb, table.name(), String.format("%.1f", (System.nanoTime() - start) / 1e9));
  }

  private boolean exists(Path path) {
    try {
      return path.getFileSystem(hadoop).exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  private void deleteDirectory(Path path) {
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.delete(path, true);
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not remove the unpublished table " + path + ".", e.getMessage(),
          "Check the permissions of --output, or remove that folder by hand.", e);
    }
  }
}
