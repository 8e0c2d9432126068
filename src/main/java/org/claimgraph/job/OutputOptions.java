package org.claimgraph.job;

import org.apache.spark.sql.SparkSession;
import org.claimgraph.tables.OutputStore;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads or maintains a published output, declared once. The
 * master defaults to the one spark-submit passes, so these commands run on the cluster they are
 * submitted to.
 */
final class OutputOptions {
  @Option(names = "--output", paramLabel = "DIR", defaultValue = "claimgraph-output",
      description = "Output directory of `claimgraph run`. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[2], yarn, spark://…). Default: from spark-submit, else local[*].")
  String master;

  SparkSession session(String command) {
    return SparkSessions.create("claimgraph " + command, master);
  }

  OutputStore store(SparkSession spark) {
    return OutputStore.at(spark, output);
  }
}
