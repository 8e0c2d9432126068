package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.Secrets;
import org.claimgraph.SparkTestSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a run given cloud secrets through {@code --conf} and the config file stores and prints
 * none of them. The run is the real command in a JVM of its own, so that its stdout, its stderr and
 * every log line (every logger at INFO) are all caught, and with
 * Spark's event log on, which records every Spark, Hadoop and system property, the command line
 * included. Then every byte under the output and the event log, and every row of every table as
 * Spark reads it (Parquet pages are compressed, so a byte search alone could miss a value), is
 * searched for the planted strings.
 */
class SecretPlantingTest {
  private static final List<String> PLANTED = List.of("PLANTEDSECRET123", "PLANTEDACCESS456", "PLANTEDTOKEN789",
      "PLANTEDURIPASS", "planteduser");
  @TempDir Path dir;

  @Test
  void noPlantedSecretIsStoredPrintedOrLogged() throws Exception {
    Path out = dir.resolve("out");
    Path events = Files.createDirectory(dir.resolve("events"));
    Path config = dir.resolve("secret.properties");
    Files.writeString(config, "conf.spark.hadoop.fs.s3a.session.token = PLANTEDTOKEN789\n"
        + "conf.spark.hadoop.fs.s3a.endpoint = https://planteduser:PLANTEDURIPASS@127.0.0.1:9/\n"
        + "partitions = 2\n");
    // Every logger at INFO, Spark's, Hadoop's and Delta's too: more than the shipped configuration shows.
    Path logging = dir.resolve("log4j2.properties");
    Files.writeString(logging, "rootLogger.level = info\nrootLogger.appenderRef.stderr.ref = console\n"
        + "appender.console.type = Console\nappender.console.name = console\nappender.console.target = SYSTEM_ERR\n"
        + "appender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %p %c: %m%n\n");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx3g"));
    Files.readAllLines(Path.of("jobs/jvm-options")).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .forEach(command::add);
    command.addAll(List.of("-Dclaimgraph.home=" + Path.of("").toAbsolutePath(),
        "-Dlog4j2.configurationFile=" + logging.toUri(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", "--config", config.toString(), "--output", out.toString(), "--master", "local[2]",
        "--conf", "spark.hadoop.fs.s3a.secret.key=PLANTEDSECRET123",
        "--conf", "spark.hadoop.fs.s3a.access.key=PLANTEDACCESS456",
        "--conf", "spark.eventLog.enabled=true", "--conf", "spark.eventLog.dir=" + events.toUri()));
    Process run = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!run.waitFor(10, TimeUnit.MINUTES)) {
      run.destroyForcibly();
      throw new AssertionError("the run took over 10 min; stderr in " + stderr);
    }
    assertThat(run.exitValue()).as("exit code; stderr:\n" + Files.readString(stderr)).isZero();
    assertThat(Files.readString(stdout)).contains("published to", "accepted 37");
    assertThat(Files.readString(stderr)).as("Spark logged at INFO, so the search below saw its log")
        .contains("INFO org.apache.spark.SparkContext: Running Spark version");

    List<Path> searched = new ArrayList<>(List.of(stdout, stderr));
    try (Stream<Path> files = Stream.concat(Files.walk(out), Files.walk(events))) {
      files.filter(Files::isRegularFile).forEach(searched::add);
    }
    assertThat(searched).anyMatch(p -> p.toString().contains("_delta_log"));
    List<Path> eventLogs = searched.stream().filter(p -> p.startsWith(events)).toList();
    assertThat(eventLogs).as("Spark's event log").hasSize(1);
    for (Path file : searched) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : PLANTED) {
        assertThat(bytes.contains(secret)).as(secret + " in " + file).isFalse();
      }
    }
    assertThat(Files.readString(eventLogs.get(0))).as("Spark redacted the secret keys in its event log")
        .contains("\"spark.hadoop.fs.s3a.secret.key\":\"" + Secrets.REDACTED + "\"");

    SparkSession spark = SparkTestSession.get();
    OutputStore store = OutputStore.at(spark, out.toString());
    for (TableSpec table : Tables.ALL) {
      for (String row : store.readPublished(table).toJSON().collectAsList()) {
        for (String secret : PLANTED) {
          assertThat(row).as(table.name()).doesNotContain(secret);
        }
      }
    }
    Row runRow = store.readPublished(Tables.RUNS).first();
    assertThat(runRow.<String>getAs("config")).contains(
        "conf.spark.hadoop.fs.s3a.secret.key=" + Secrets.REDACTED,
        "conf.spark.hadoop.fs.s3a.access.key=" + Secrets.REDACTED,
        "conf.spark.hadoop.fs.s3a.session.token=" + Secrets.REDACTED,
        "conf.spark.hadoop.fs.s3a.endpoint=https://" + Secrets.REDACTED + "@127.0.0.1:9/",
        "conf.spark.eventLog.enabled=true");
  }
}
