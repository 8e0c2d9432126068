package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

class RunSizingTest {

  @Test
  void aSmallRunGetsOnePartitionAndNoCodeGeneration() {
    assertThat(RunSizing.settings(37, 2, 500)).containsEntry(RunSizing.SHUFFLE_PARTITIONS, "1")
        .containsEntry(RunSizing.ADAPTIVE, "false").containsEntry(RunSizing.WHOLE_STAGE_CODEGEN, "false")
        .containsEntry(RunSizing.EXPRESSION_CODEGEN, "NO_CODEGEN");
  }

  @Test
  void aLargerRunGetsAboutOnePartitionPer250ArticlesUpToFourPerCore() {
    assertThat(RunSizing.settings(501, 2, 500)).containsEntry(RunSizing.SHUFFLE_PARTITIONS, "3")
        .containsEntry(RunSizing.ADAPTIVE, "true").containsEntry(RunSizing.WHOLE_STAGE_CODEGEN, "true")
        .containsEntry(RunSizing.EXPRESSION_CODEGEN, "FALLBACK");
    assertThat(RunSizing.settings(2_000, 2, 500)).containsEntry(RunSizing.SHUFFLE_PARTITIONS, "8");
    assertThat(RunSizing.settings(10_000, 2, 500)).containsEntry(RunSizing.SHUFFLE_PARTITIONS, "8");
    assertThat(RunSizing.settings(10_000, 64, 500)).containsEntry(RunSizing.SHUFFLE_PARTITIONS, "40");
  }

  @Test
  void zeroTreatsNoRunAsSmall() {
    assertThat(RunSizing.settings(1, 2, 0)).containsEntry(RunSizing.SHUFFLE_PARTITIONS, "1")
        .containsEntry(RunSizing.WHOLE_STAGE_CODEGEN, "true");
  }

  @Test
  void anInputIsSizedFromItsBytesBeforeItIsRead() throws IOException {
    Path dir = Files.createTempDirectory("claimgraph-sizing-");
    Files.write(dir.resolve("a.jsonl"), new byte[1_000]);
    Files.createDirectory(dir.resolve("pages"));
    Files.write(dir.resolve("pages/b.html"), new byte[2_001]);
    Configuration hadoop = new Configuration();
    String file = dir.resolve("a.jsonl").toString();
    String folder = dir.resolve("pages").toString();
    assertThat(RunSizing.articlesAtMost(hadoop, List.of(file), 0, Long.MAX_VALUE)).isEqualTo(4);
    assertThat(RunSizing.articlesAtMost(hadoop, List.of(file, folder), 0, Long.MAX_VALUE)).isEqualTo(13);
    assertThat(RunSizing.articlesAtMost(hadoop, List.of(dir + "/*.jsonl"), 0, Long.MAX_VALUE)).isEqualTo(4);
    assertThat(RunSizing.articlesAtMost(hadoop, List.of(file, folder), 2, Long.MAX_VALUE)).isEqualTo(2);
    assertThat(RunSizing.articlesAtMost(hadoop, List.of(dir.resolve("missing").toString()), 0, Long.MAX_VALUE))
        .isEqualTo(Long.MAX_VALUE);
    // listing stops at the first file that passes the bound: a.jsonl alone already holds more than 3
    assertThat(RunSizing.articlesAtMost(hadoop, List.of(file, folder), 0, 3)).isEqualTo(4);
  }

  @Test
  void theSampleCorpusIsASmallRunFromTheStart() {
    long articles = RunSizing.articlesAtMost(new Configuration(), List.of(SampleCorpus.extract()), 0, Long.MAX_VALUE);
    assertThat(RunSizing.settingsForInput(new Configuration(), List.of(SampleCorpus.extract()), 0, 2, 500))
        .containsEntry(RunSizing.WHOLE_STAGE_CODEGEN, "false");
    assertThat(articles).isBetween(38L, 500L);
  }

  @Test
  void theNlpStageNeverGetsAnEmptyPartition() {
    assertThat(RunSizing.nlpPartitions(1, 2)).isEqualTo(1);
    assertThat(RunSizing.nlpPartitions(37, 2)).isEqualTo(4);
    assertThat(RunSizing.nlpPartitions(0, 2)).isEqualTo(1);
  }

  @Test
  void settingsHoldUntilClosedAndThenTheSessionsOwnComeBack() {
    SparkSession spark = SparkTestSession.get();
    String before = spark.conf().get(RunSizing.SHUFFLE_PARTITIONS);
    String codegenBefore = spark.conf().get(RunSizing.EXPRESSION_CODEGEN);
    assertThat(codegenBefore).isNotEqualTo("NO_CODEGEN");
    try (RunSizing.Applied applied = RunSizing.apply(spark, RunSizing.settings(37, 2, 500), Map.of())) {
      assertThat(spark.conf().get(RunSizing.SHUFFLE_PARTITIONS)).isEqualTo("1");
      assertThat(spark.conf().get(RunSizing.EXPRESSION_CODEGEN)).isEqualTo("NO_CODEGEN");
      assertThat(spark.range(10).selectExpr("sum(id)").first().getLong(0)).isEqualTo(45);
    }
    assertThat(spark.conf().get(RunSizing.SHUFFLE_PARTITIONS)).isEqualTo(before);
    assertThat(spark.conf().get(RunSizing.EXPRESSION_CODEGEN)).isEqualTo(codegenBefore);
  }

  @Test
  void aSettingTheUserPassedToSparkWins() {
    SparkSession spark = SparkTestSession.get();
    // spark.master is in every SparkConf, as a user's --conf or spark-defaults.conf entry would be.
    String master = spark.conf().get("spark.master");
    try (RunSizing.Applied applied = RunSizing.apply(spark, Map.of("spark.master", "local[7]"), Map.of())) {
      assertThat(spark.conf().get("spark.master")).isEqualTo(master);
    }
    assertThat(spark.conf().get("spark.master")).isEqualTo(master);
  }

  @Test
  void aSettingInTheJobConfigWinsOverTheSizedOne() {
    SparkSession spark = SparkTestSession.get();
    String before = spark.conf().get(RunSizing.SHUFFLE_PARTITIONS);
    try (RunSizing.Applied applied = RunSizing.apply(spark, RunSizing.settings(37, 2, 500),
        Map.of(RunSizing.SHUFFLE_PARTITIONS, "3"))) {
      assertThat(spark.conf().get(RunSizing.SHUFFLE_PARTITIONS)).isEqualTo("3");
      assertThat(spark.conf().get(RunSizing.WHOLE_STAGE_CODEGEN)).isEqualTo("false");
    }
    assertThat(spark.conf().get(RunSizing.SHUFFLE_PARTITIONS)).isEqualTo(before);
  }
}
