package org.claimgraph.job;

import java.util.Collections;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.Secrets;
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
  @Mixin CommonOptions common;

  @Option(names = "--retention-hours", paramLabel = "H",
      description = "History kept for --as-of and RESTORE, over the config's retention-hours. Default: 168 (7 days).")
  Long retentionHours;

  @Override
  public Integer call() {
    JobConfig config = common.config(Collections.singletonMap(JobConfig.RETENTION_HOURS.name(),
        retentionHours == null ? null : retentionHours.toString()));
    SparkSession spark = CommonOptions.session("optimize", config);
    try (RunLock lock = RunLock.acquire(spark.sparkContext().hadoopConfiguration(), config.output(), "optimize")) {
      OutputStore store = OutputStore.at(spark, config.output());
      store.rollBackUnpublished();
      store.compact(1);
      store.vacuum(config.retentionHours());
      System.out.println("optimized " + Secrets.redactUris(config.output()));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
