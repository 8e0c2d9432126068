package org.claimgraph.job;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = {"Maintenance of an output: compacts every table's small files into large ones (Delta OPTIMIZE)",
        "and deletes data files that no version younger than --retention-hours needs (Delta VACUUM).",
        "Takes the run lock, so it never runs beside a `run`. Schedule it weekly (jobs/schedule.cron)."})
final class OptimizeCommand implements Callable<Integer> {
  @Mixin OutputOptions out;

  @Option(names = "--retention-hours", paramLabel = "H", defaultValue = "168",
      description = "History kept for --as-of and RESTORE. Default: ${DEFAULT-VALUE} (7 days).")
  double retentionHours;

  @Override
  public Integer call() {
    SparkSession spark = out.session("optimize");
    try (RunLock lock = RunLock.acquire(spark.sparkContext().hadoopConfiguration(), out.output, "optimize")) {
      OutputStore store = out.store(spark);
      store.rollBackUnpublished();
      store.compact(1);
      store.vacuum(retentionHours);
      System.out.println("optimized " + out.output);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
