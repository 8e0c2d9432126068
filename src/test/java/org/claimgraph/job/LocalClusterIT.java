package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster path as a user takes it: {@code jobs/local-cluster.sh start} (a standalone master and two
 * workers), {@code jobs/submit.sh --master spark://… --output DIR} with the cluster jar on the sample corpus,
 * the master's JSON status, and every table equal to a local run's; the cluster is stopped even when
 * something fails. Own ports and state folder, so a cluster started by hand is left alone.
 */
class LocalClusterIT {
  private static final int PORT = 7177;
  private static final int UI_PORT = 8180;
  private static final Path STATE = Path.of("target", "local-cluster-it");
  @TempDir Path dir;

  private static int sh(Path log, long minutes, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("LOCAL_CLUSTER_PORT", String.valueOf(PORT));
    env.put("LOCAL_CLUSTER_UI_PORT", String.valueOf(UI_PORT));
    env.put("LOCAL_CLUSTER_STATE", STATE.toAbsolutePath().toString());
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " ran over " + minutes + " min; log " + log);
    }
    return process.exitValue();
  }

  private static JsonNode masterStatus() throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + UI_PORT + "/json/")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void theSampleSubmittedToAStandaloneClusterGivesTheTablesOfALocalRun() throws Exception {
    Path out = dir.resolve("cluster-output");
    Path clusterLog = dir.resolve("local-cluster.log");
    Path submitLog = dir.resolve("submit.log");
    JsonNode status;
    try {
      assertThat(sh(clusterLog, 2, "jobs/local-cluster.sh", "start")).as(Files.readString(clusterLog)).isZero();
      long start = System.nanoTime();
      int exit = sh(submitLog, 10, "jobs/submit.sh", "--master", "spark://127.0.0.1:" + PORT, "--output", out.toString());
      System.out.printf("LocalClusterIT: submit.sh on the sample took %.1f s%n", (System.nanoTime() - start) / 1e9);
      assertThat(exit).as(tail(submitLog)).isZero();
      status = masterStatus();
    } finally {
      sh(clusterLog, 2, "jobs/local-cluster.sh", "stop");
    }
    assertThat(status.get("aliveworkers").asInt()).isEqualTo(2);
    assertThat(status.get("completedapps")).anySatisfy(app -> {
      assertThat(app.get("name").asText()).isEqualTo("claimgraph run");
      assertThat(app.get("state").asText()).isEqualTo("FINISHED");
    });
    assertThat(Files.readString(submitLog)).contains("[claimgraph] write tables done");

    SparkSession spark = SparkTestSession.get();
    Path local = SampleOutput.dir();
    for (TableSpec table : Tables.STORED) {
      assertThat(rows(spark, out, table)).as(table.name()).isEqualTo(rows(spark, local, table));
    }
  }

  /**
   * A table's rows as sorted strings, without what names the run, its times, its settings and the
   * temporary copy of the sample; and without the Delta versions, since how many files a run writes
   * (and so whether it compacts) follows the partitioning, which the rows must not.
   */
  private static List<String> rows(SparkSession spark, Path output, TableSpec table) {
    Dataset<Row> rows = OutputStore.at(spark, output.toString()).readPublished(table).drop("run_id", "source_file");
    if (table == Tables.RUNS) {
      rows = rows.drop("started_at", "finished_at", "stage_seconds", "config", "input", "table_versions");
    }
    List<String> lines = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      lines.add(r.toString());
    }
    lines.sort(null);
    return lines;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
