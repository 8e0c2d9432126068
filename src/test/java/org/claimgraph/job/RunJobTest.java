package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.SparkTestSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the sample corpus with the committed default model: real Spark, real pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunJobTest {
  private Path out;
  private final SparkSession spark = SparkTestSession.get();
  private RunJob.Summary first;
  private OutputStore store;

  private JobConfig config(String output, String mode) {
    return JobConfig.resolve(null, Map.of("output", output, "mode", mode, "partitions", "2"));
  }

  @BeforeAll
  void runOnTheSampleCorpus() throws IOException {
    out = Files.createTempDirectory("claimgraph-run-test-");
    first = RunJob.run(spark, config(out.toString(), "merge"), List.of(SampleCorpus.extract()), "sample");
    store = OutputStore.at(spark, out.toString());
  }

  @Test
  void countsAddUpAndTheSyndicatedCopyIsCountedAsDuplicate() {
    assertThat(first.inputRecords()).isEqualTo(38);
    assertThat(first.duplicates()).as("s018 is an exact copy of s017").isEqualTo(1);
    assertThat(first.rejected()).isZero();
    assertThat(first.accepted() + first.rejected() + first.duplicates()).isEqualTo(first.inputRecords());
    assertThat(store.readPublished(Tables.ARTICLES).count()).isEqualTo(37);
    Row run = store.readPublished(Tables.RUNS).first();
    assertThat(run.<Long>getAs("input_records")).isEqualTo(38L);
    assertThat(run.<String>getAs("models")).contains("claimgraph-en-0.6.0");
  }

  @Test
  void everyPublishedTableHasItsDeclaredSchema() {
    for (TableSpec table : Tables.ALL) {
      Dataset<Row> read = spark.read().format("delta").load(store.path(table));
      assertThat(Set.of(read.columns())).as(table.name()).isEqualTo(Set.copyOf(table.columnNames()));
    }
  }

  @Test
  void articlesCarrySentenceAndTokenCounts() {
    Row s001 = store.readPublished(Tables.ARTICLES).where("article_id = 's001'").first();
    assertThat(s001.<Integer>getAs("sentence_count")).isBetween(6, 9);
    assertThat(s001.<Integer>getAs("token_count")).isBetween(120, 160);
    assertThat(s001.<java.sql.Date>getAs("published").toString()).isEqualTo("2024-02-26");
  }

  @Test
  void nerFindsThePlantedPeopleAndOrganisationsAtTheirOffsets() throws IOException {
    Dataset<Row> mentions = store.readPublished(Tables.MENTIONS);
    assertThat(mentions.where("article_id = 's001' AND begin = 21 AND end = 35 AND type = 'PER'").count())
        .as("Mara Lindqvist").isEqualTo(1);
    assertThat(mentions.where("article_id = 's001' AND begin = 307 AND end = 319 AND type = 'PER'").count())
        .as("Tomas Okafor").isEqualTo(1);
    assertThat(mentions.where("article_id = 's001' AND begin = 168 AND end = 190 AND type = 'ORG'").count())
        .as("Sahel Liberation Front").isEqualTo(1);

    Set<String> found = mentions.collectAsList().stream()
        .map(r -> r.getAs("article_id") + "|" + r.getAs("begin") + "|" + r.getAs("end") + "|" + r.getAs("type"))
        .collect(Collectors.toSet());
    List<String[]> core = Files.readAllLines(Path.of("src/test/resources/sample-gold/entities.tsv")).stream()
        .skip(1).map(line -> line.split("\t")).filter(f -> f[5].equals("yes") && !f[0].equals("s018"))
        .filter(f -> f[4].equals("PER") || f[4].equals("ORG")).toList();
    long hit = core.stream().filter(f -> found.contains(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[4])).count();
    assertThat((double) hit / core.size()).as("recall of the core PER/ORG names, exact span and type")
        .isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void mentionOffsetsSliceTheArticleText() {
    long mismatched = store.readPublished(Tables.MENTIONS).alias("m")
        .join(store.readPublished(Tables.ARTICLES).alias("a"), "article_id")
        .where("substring(a.text, m.begin + 1, m.end - m.begin) != m.text").count();
    assertThat(mismatched).isZero();
  }

  @Test
  void runningTheSameInputAgainReplacesRatherThanDoubles() {
    RunJob.Summary second = RunJob.run(spark, config(out.toString(), "merge"),
        List.of(SampleCorpus.extract()), "sample again");
    OutputStore again = OutputStore.at(spark, out.toString());
    assertThat(again.published().orElseThrow().runId()).isEqualTo(second.runId());
    assertThat(again.readPublished(Tables.ARTICLES).count()).isEqualTo(37);
    assertThat(again.readPublished(Tables.MENTIONS).count()).isEqualTo(first.mentions());
    assertThat(again.readPublished(Tables.RUNS).count()).isEqualTo(2);
    assertThat(again.read(Tables.RUNS, again.publishedAsOf(first.runId())).count())
        .as("--as-of the first run reads the tables as it left them").isEqualTo(1);
    assertThat(again.read(Tables.ARTICLES, again.publishedAsOf(first.runId())).count()).isEqualTo(37);
  }

  @Test
  void twoRunsStartedTogetherOnOneOutputLoseNothingAndTheLoserIsToldWhy(@TempDir Path shared) throws Exception {
    JobConfig config = config(shared.toString(), "merge");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<RunJob.Summary>> runs = pool.invokeAll(List.of(
          () -> RunJob.run(spark, config, List.of(SampleCorpus.extract()), "first"),
          () -> RunJob.run(spark, config, List.of(SampleCorpus.extract()), "second")));
      List<RunJob.Summary> finished = new ArrayList<>();
      List<Throwable> refused = new ArrayList<>();
      for (Future<RunJob.Summary> run : runs) {
        try {
          finished.add(run.get());
        } catch (ExecutionException e) {
          refused.add(e.getCause());
        }
      }
      assertThat(finished).hasSize(1);
      assertThat(refused).hasSize(1);
      assertThat(refused.get(0)).isInstanceOf(ClaimgraphException.class)
          .hasMessageContaining("Another run is writing").hasMessageContaining(finished.get(0).runId());
      OutputStore both = OutputStore.at(spark, shared.toString());
      assertThat(both.published().orElseThrow().runId()).isEqualTo(finished.get(0).runId());
      assertThat(both.readPublished(Tables.RUNS).count()).isEqualTo(1);
      assertThat(both.readPublished(Tables.ARTICLES).count()).isEqualTo(37);
      assertThat(both.readPublished(Tables.MENTIONS).count()).isEqualTo(finished.get(0).mentions());
    } finally {
      pool.shutdownNow();
    }
  }
}
