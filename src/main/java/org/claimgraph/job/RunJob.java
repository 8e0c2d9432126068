package org.claimgraph.job;

import static org.apache.spark.sql.functions.sum;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.attribution.Claims;
import org.claimgraph.graph.ActorGraph;
import org.claimgraph.ingest.Ingest;
import org.claimgraph.ingest.IngestResult;
import org.claimgraph.nlp.Annotation;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.Mentions;
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
      store.rollBackUnpublished();
      return run(spark, config, inputs, inputLabel, started, runId, timer, store);
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

    int partitions = config.partitions() > 0 ? config.partitions()
        : 2 * spark.sparkContext().defaultParallelism();
    Dataset<Row> annotated = Annotation.annotate(ingest.articles().repartition(partitions), model)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> articles = Annotation.withCounts(annotated);
    // Summing the token counts forces the whole annotation once; later writes read the persisted rows.
    long tokens = timer.time("nlp", () -> {
      Row total = articles.agg(sum("token_count")).first();
      return total.isNullAt(0) ? 0L : total.getLong(0);
    });
    Dataset<Row> mentions = Mentions.fromAnnotated(annotated, runId);
    Dataset<Row> claims = Claims.fromAnnotated(annotated, runId);

    TableMerge merge = new TableMerge(store, config.replace());
    Dataset<Row> overrides = ActorResolution.readOverridesCsv(spark, config.actorAliases());
    Map<String, Long> versions = new LinkedHashMap<>();
    long[] counts2 = timer.time("write tables", () -> {
      Dataset<Row> freshArticles = articles.select("article_id");
      versions.put(Tables.ARTICLES.name(), merge.writeByArticle(Tables.ARTICLES, articles, articles, "article_id",
          List.of()));
      versions.put(Tables.REJECTED.name(), merge.writeRejected(ingest.rejected()));
      // Actors and the graph are decided over the published rows plus this run's, so a day-by-day run
      // ends where one run over all days would; only rows whose actors moved are rewritten.
      ActorGraph.Result graph = ActorGraph.build(store.readLatest(Tables.ARTICLES),
          merge.merged(Tables.MENTIONS, mentions, freshArticles), merge.merged(Tables.CLAIMS, claims, freshArticles),
          overrides, config.maxActorsPerArticle());
      versions.put(Tables.MENTIONS.name(), merge.writeByArticle(Tables.MENTIONS, graph.mentionsWithActor(),
          freshArticles, "mention_id", TableMerge.MENTION_ACTOR_COLUMNS));
      versions.put(Tables.CLAIMS.name(), merge.writeByArticle(Tables.CLAIMS, graph.claimsWithActors(),
          freshArticles, "claim_id", TableMerge.CLAIM_ACTOR_COLUMNS));
      versions.put(Tables.ACTORS.name(), store.overwrite(Tables.ACTORS, graph.actors()));
      versions.put(Tables.ACTOR_ALIASES.name(), store.overwrite(Tables.ACTOR_ALIASES, graph.actorAliases()));
      versions.put(Tables.COOCCURRENCES.name(), store.overwrite(Tables.COOCCURRENCES, graph.cooccurrences()));
      versions.put(Tables.CLAIM_EDGES.name(), store.overwrite(Tables.CLAIM_EDGES, graph.claimEdges()));
      versions.put(Tables.ACTOR_DAILY.name(), store.overwrite(Tables.ACTOR_DAILY, graph.actorDaily()));
      long capped = graph.cappedArticles().count();
      graph.unpersist();
      return new long[] {mentions.count(), claims.count(), capped};
    });
    long mentionCount = counts2[0];
    long claimCount = counts2[1];
    annotated.unpersist();

    double nlpSeconds = timer.seconds().getOrDefault("nlp", 0.0);
    Instant finished = Instant.now();
    Row runRow = RowFactory.create(runId, Timestamp.from(started), Timestamp.from(finished), inputLabel,
        counts.inputRecords(), counts.accepted(), counts.rejected(), counts.duplicates(), tokens, mentionCount,
        claimCount, counts2[2], model.describe(), config.describe(), spark.version(), Version.CLAIMGRAPH,
        timer.seconds(), versions);
    timer.time("commit", () -> merge.writeRun(spark.createDataFrame(List.of(runRow), Tables.RUNS.schema())));
    // Compaction only when a table has grown fragmented; vacuuming is left to `claimgraph optimize`,
    // which lists every file of every table and so costs what the history costs, not what the day does.
    timer.time("compact", store::compactIfFragmented);
    return new Summary(runId, store.root(), counts.inputRecords(), counts.accepted(),
        counts.rejected(), counts.duplicates(), tokens, mentionCount, claimCount, nlpSeconds, timer.seconds());
  }

  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
