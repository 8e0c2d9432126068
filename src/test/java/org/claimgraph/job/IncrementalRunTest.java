package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real runs of the whole job, day by day, against the one run over the whole sample that other tests
 * read too: every published table, the internal ones included, must be the same row for row (the run
 * id and the file a row was read from aside). Day 1 holds s019 and day 2 its earlier-numbered copy
 * s012, so day 2 moves an old article to a new story; running day 2 again must change nothing. The
 * daily runs are sized as large runs (code generation, adaptive execution, four shuffle partitions)
 * while the run over the whole sample is small, so the two ways of executing the same plans are compared too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalRunTest {
  private final SparkSession spark = SparkTestSession.get();
  private String day1;
  private String day2;
  private Map<String, List<String>> allAtOnce;

  private static JobConfig config(Path output) {
    return JobConfig.resolve(null, Map.of("output", output.toString(), "mode", "merge", "partitions", "2",
        "small-run-articles", "0"), Map.of("spark.sql.shuffle.partitions", "4"));
  }

  @BeforeAll
  void splitTheSampleIntoTwoDays() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(URI.create(SampleCorpus.extract())), StandardCharsets.UTF_8);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (String line : lines) {
      boolean early = line.contains("\"published\": \"2024-02") || line.contains("\"published\": \"2024-03-01")
          || line.contains("\"id\": \"s019\"");
      (early ? first : second).add(line);
    }
    assertThat(first).hasSizeBetween(10, lines.size() - 10);
    Path dir = Files.createTempDirectory("claimgraph-days-");
    day1 = Files.write(dir.resolve("day1.jsonl"), first, StandardCharsets.UTF_8).toUri().toString();
    day2 = Files.write(dir.resolve("day2.jsonl"), second, StandardCharsets.UTF_8).toUri().toString();
    allAtOnce = tables(SampleOutput.dir());
  }

  @Test
  void dayByDayEqualsAllAtOnceAndRerunningADayChangesNothing() throws IOException {
    Path daily = Files.createTempDirectory("claimgraph-daily-");
    RunJob.run(spark, config(daily), List.of(day1), "day 1");
    Map<String, List<String>> afterDay1 = tables(daily);
    RunJob.run(spark, config(daily), List.of(day2), "day 2");
    Map<String, List<String>> afterDay2 = tables(daily);
    assertThat(afterDay2.get("articles")).as("the copy pair s012/s019 is one story").anySatisfy(
        r -> assertThat(r).startsWith("[s019,").contains(",s012,"));
    for (String table : allAtOnce.keySet()) {
      assertThat(afterDay2.get(table)).as(table).isEqualTo(allAtOnce.get(table));
    }
    assertThat(afterDay1.get("cooccurrences")).isNotEqualTo(allAtOnce.get("cooccurrences"));

    RunJob.run(spark, config(daily), List.of(day2), "day 2 again");
    Map<String, List<String>> afterRerun = tables(daily);
    for (String table : allAtOnce.keySet()) {
      assertThat(afterRerun.get(table)).as(table + " after the re-run").isEqualTo(allAtOnce.get(table));
    }
  }

  private Map<String, List<String>> tables(Path output) {
    return PublishedRows.of(spark, output);
  }
}
