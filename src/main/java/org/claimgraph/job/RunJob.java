package org.claimgraph.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.attribution.AttributionStage;
import org.claimgraph.attribution.Claims;
import org.claimgraph.graph.Stories;
import org.claimgraph.ingest.Ingest;
import org.claimgraph.ingest.IngestResult;
import org.claimgraph.nlp.Annotation;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.Mentions;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.RunLock;
import org.claimgraph.tables.Tables;

/** One run: ingest → NLP → tables → publish, with a row in {@code runs} saying what happened. */
public final class RunJob {
  private RunJob() {}

  private static final String COMMIT_METADATA = "spark.databricks.delta.commitInfo.userMetadata";

  public record Summary(String runId, String output, long inputRecords, long accepted, long rejected,
      long duplicates, long tokens, long mentions, long claims, double nlpSeconds, Map<String, Double> stageSeconds) {

    public double tokensPerSecond() {
      return nlpSeconds > 0 ? tokens / nlpSeconds : 0;
    }
  }

  public static Summary run(SparkSession spark, JobConfig config, List<String> inputs, String inputLabel) {
    Instant started = Instant.now();
    String runId = newRunId(started);
    try (StageTimer timer = new StageTimer(spark.sparkContext())) {
      return run(spark, config, inputs, inputLabel, started, runId, timer);
    }
  }

  private static Summary run(SparkSession spark, JobConfig config, List<String> inputs, String inputLabel,
      Instant started, String runId, StageTimer timer) {
    OutputStore store = OutputStore.at(spark, config.output());
    RunLock lock = RunLock.acquire(spark.sparkContext().hadoopConfiguration(), config.output(), runId);
    try {
      // Every commit of this run carries its id: readers find the runs version that published it,
      // and `DESCRIBE HISTORY` says which run wrote what.
      spark.conf().set(COMMIT_METADATA, runId);
      // Reading the runs table, loading the models and ingest are many small queries too: sized from the
      // input's bytes until its articles are counted.
      try (RunSizing.Applied early = RunSizing.apply(spark, RunSizing.settingsForInput(
          spark.sparkContext().hadoopConfiguration(), inputs, config.limit(), spark.sparkContext().defaultParallelism(),
          config.smallRunArticles()), config.sparkSettings())) {
        store.rollBackUnpublished();
        return run(spark, config, inputs, inputLabel, started, runId, timer, store);
      }
    } finally {
      spark.conf().unset(COMMIT_METADATA);
      lock.close();
    }
  }

  private static Summary run(SparkSession spark, JobConfig config, List<String> inputs, String inputLabel,
      Instant started, String runId, StageTimer timer, OutputStore store) {
    LoadedModel model = timer.time("load models", () -> ModelRegistry.load(spark, config.models()));
    IngestResult ingest = timer.time("ingest", () -> Ingest.read(spark, config.ingestOptions(inputs), runId));
    var counts = ingest.counts();

    int cores = spark.sparkContext().defaultParallelism();
    long stored = config.replace() ? 0 : store.articlesAtMost();
    try (RunSizing.Applied sized = RunSizing.apply(spark,
        RunSizing.settings(counts.accepted() + stored, cores, config.smallRunArticles()), config.sparkSettings())) {
      return annotateAndPublish(spark, config, inputLabel, started, runId, timer, store, model, ingest, cores);
    }
  }

  private static Summary annotateAndPublish(SparkSession spark, JobConfig config, String inputLabel, Instant started,
      String runId, StageTimer timer, OutputStore store, LoadedModel model, IngestResult ingest, int cores) {
    var counts = ingest.counts();
    int partitions = config.partitions() > 0 ? config.partitions() : RunSizing.nlpPartitions(counts.accepted(), cores);
    Dataset<Row> annotated = Annotation.annotate(ingest.articles().repartition(partitions), model);
    // The table stage reads the articles, their entities and their attributions many times, and no
    // other annotation: only those are kept, with the counts and the MinHash signature computed once.
    // Caching whole Spark NLP annotations (every token with its metadata) cost more memory than the
    // articles themselves, and each later read decoded them again.
    List<Column> kept = new ArrayList<>();
    for (String c : ingest.articles().columns()) {
      kept.add(col(c));
    }
    kept.add(size(col(NlpColumns.SENTENCE)).as("sentence_count"));
    kept.add(size(col(NlpColumns.TOKEN)).as("token_count"));
    kept.add(Stories.signature(col("text")).as("minhash"));
    kept.add(col(NlpColumns.ENTITIES));
    kept.add(col(AttributionStage.OUTPUT));
    Dataset<Row> articles = annotated.select(kept.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
    // Summing the token counts forces the whole annotation once; later writes read the persisted rows.
    long tokens = timer.time("nlp", () -> {
      Row total = articles.agg(sum("token_count")).first();
      return total.isNullAt(0) ? 0L : total.getLong(0);
    });
    Dataset<Row> mentions = Mentions.fromAnnotated(articles, runId);
    Dataset<Row> claims = Claims.fromAnnotated(articles, runId);

    Dataset<Row> overrides = ActorResolution.readOverridesCsv(spark, config.actorAliases());
    TableStage tables = new TableStage(spark, store, config, overrides, runId, timer::shuffleWritten);
    TableStage.Written written = timer.time("write tables",
        () -> tables.write(articles, ingest.rejected(), mentions, claims));
    articles.unpersist();

    double nlpSeconds = timer.seconds().getOrDefault("nlp", 0.0);
    Instant finished = Instant.now();
    Row runRow = RowFactory.create(runId, Timestamp.from(started), Timestamp.from(finished), inputLabel,
        counts.inputRecords(), counts.accepted(), counts.rejected(), counts.duplicates(), tokens, written.mentions(),
        written.claims(), written.cappedArticles(), model.describe(), config.describe() + "\n" + tables.derivationLine(),
        spark.version(), Version.CLAIMGRAPH, timer.seconds(), written.versions());
    Dataset<Row> run = spark.createDataFrame(List.of(runRow), Tables.RUNS.schema());
    // Appending the row is what publishes the run; a replace run starts the history afresh.
    timer.time("commit", () -> config.replace() || !store.isDeltaTable(Tables.RUNS)
        ? store.overwrite(Tables.RUNS, run) : store.append(Tables.RUNS, run));
    // Compaction only when a table has grown fragmented; vacuuming is left to `claimgraph optimize`,
    // which lists every file of every table and so costs what the history costs, not what the day does.
    timer.time("compact", store::compactIfFragmented);
    return new Summary(runId, store.root(), counts.inputRecords(), counts.accepted(),
        counts.rejected(), counts.duplicates(), tokens, written.mentions(), written.claims(), nlpSeconds,
        timer.seconds());
  }

  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
