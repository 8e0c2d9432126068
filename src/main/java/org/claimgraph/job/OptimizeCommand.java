package org.claimgraph.job;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = {"Maintenance of an output: compacts every table's small files into large ones (Delta OPTIMIZE)",
        "and deletes data files that no version younger than --retention-hours needs (Delta VACUUM).",
        "Takes the run lock, so it never runs beside a `run`. Schedule it weekly (jobs/schedule.cron)."})
final class OptimizeCommand implements Callable<Integer> {
  @Option(names = "--output", paramLabel = "DIR", defaultValue = "claimgraph-output",
      description = "Output directory of `claimgraph run`. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--retention-hours", paramLabel = "H", defaultValue = "168",
      description = "History kept for --as-of and RESTORE. Default: ${DEFAULT-VALUE} (7 days).")
  double retentionHours;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: from spark-submit, else local[*].")
  String master;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create("claimgraph optimize", master);
    try (RunLock lock = RunLock.acquire(spark.sparkContext().hadoopConfiguration(), output, "optimize")) {
      OutputStore store = OutputStore.at(spark, output);
      store.rollBackUnpublished();
      store.compact(1);
      store.vacuum(retentionHours);
      System.out.println("optimized " + output);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
