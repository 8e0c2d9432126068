package org.claimgraph.job.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimgraph.job.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * {@code bench --whole} on five articles of the sample corpus, one core: a real child run whose
 * figures, read back from the JSON and the chart, are the ones a run of the job produces.
 */
class WholeJobBenchmarkTest {
  private static final String SAMPLE = "src/main/resources/sample/articles.jsonl";
  @TempDir Path dir;

  @Test
  void timesTheWholeJobInAChildJvmAndWritesItsFigures() throws Exception {
    Path report = dir.resolve("report");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.execute("bench", "--whole", "--input", SAMPLE, "--sizes", "5", "--cores", "1",
          "--report-dir", report.toString());
    } finally {
      System.setOut(stdout);
    }
    String table = printed.toString(StandardCharsets.UTF_8);
    System.out.print(table);
    assertThat(exit).isZero();
    assertThat(table).contains("tokens/s", "rss MB", "write tables s").contains(report.toString());

    JsonNode run = new ObjectMapper().readTree(report.resolve("bench-whole.json").toFile()).get("runs").get(0);
    assertThat(run.get("size").asInt()).isEqualTo(5);
    assertThat(run.get("articles").asLong()).isBetween(1L, 5L);
    assertThat(run.get("tokens").asLong()).isGreaterThan(100);
    JsonNode stages = run.get("stage_seconds");
    for (String stage : List.of("load models", "ingest", "nlp", "write tables")) {
      assertThat(stages.get(stage).asDouble()).as(stage).isPositive();
    }
    double stageSum = 0;
    for (JsonNode s : (Iterable<JsonNode>) stages::elements) {
      stageSum += s.asDouble();
    }
    double wall = run.get("wall_seconds").asDouble();
    assertThat(wall).isGreaterThan(stageSum + run.get("jvm_start_seconds").asDouble());
    assertThat(run.get("jvm_start_seconds").asDouble()).isPositive().isLessThan(wall);
    assertThat(run.get("session_start_seconds").asDouble()).isPositive();
    assertThat(run.get("tokens_per_second").asDouble()).isEqualTo(run.get("tokens").asLong() / wall);
    assertThat(run.get("peak_live_heap_bytes").asLong()).isPositive()
        .isLessThanOrEqualTo(run.get("peak_heap_bytes").asLong());
    assertThat(run.get("peak_heap_bytes").asLong()).isLessThanOrEqualTo(run.get("max_heap_bytes").asLong());
    // The whole process holds the heap, so its resident peak is above the heap in use.
    assertThat(run.get("peak_rss_bytes").asLong()).isGreaterThan(run.get("peak_live_heap_bytes").asLong());
    assertThat(run.get("output_bytes").asLong()).isGreaterThan(10_000);
    assertThat(report.resolve("logs/5-articles-1-cores.log")).content().contains("[claimgraph] nlp done in");

    NodeList marks = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(report.resolve("bench-whole.svg").toFile()).getElementsByTagName("rect");
    double drawn = 0;
    for (int i = 0; i < marks.getLength(); i++) {
      String value = marks.item(i).getAttributes().getNamedItem("data-value") == null ? null
          : marks.item(i).getAttributes().getNamedItem("data-value").getNodeValue();
      drawn += value == null ? 0 : Double.parseDouble(value);
    }
    assertThat(drawn).as("the bar adds up to the wall time").isCloseTo(wall, org.assertj.core.data.Offset.offset(0.2));
  }

  @Test
  void theScalingRatiosCompareWallTimesOfTheSameCoreCountAndSize() {
    List<WholeJobRun> runs = List.of(run(100, 1, 40), run(100, 2, 25), run(500, 1, 160), run(500, 2, 90));
    Scaling scaling = Scaling.of(List.of(100, 500), List.of(1, 2), runs);
    assertThat(scaling.sizeRatios()).extracting(Scaling.SizeRatio::timeRatio).containsExactly(4.0, 3.6);
    assertThat(scaling.sizeRatios().get(0).sizeRatio()).isEqualTo(5.0);
    assertThat(scaling.speedups()).extracting(Scaling.Speedup::speedup).containsExactly(1.6, 160.0 / 90);
  }

  @Test
  void optionsOfTheOtherBenchmarkAreRefused() {
    assertThat(Main.execute("bench", "--sizes", "10")).isEqualTo(2);
    assertThat(Main.execute("bench", "--whole", "--articles", "10")).isEqualTo(2);
    assertThat(Main.execute("bench", "--whole", "--sizes", "0")).isEqualTo(2);
  }

  private static WholeJobRun run(int size, int cores, double wall) {
    return new WholeJobRun(size, cores, size, size * 500L, wall, 0.1, 2, Map.of("nlp", wall / 2), 1, 1, 1, 1, 1, 0, 1, 1);
  }
}
