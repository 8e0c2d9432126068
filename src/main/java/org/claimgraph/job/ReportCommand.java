package org.claimgraph.job;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.report.Report;
import org.claimgraph.tables.PublishedRun;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a static HTML dashboard of the published tables, DIR/index.html: SVG charts,",
        "no script, opens offline. Top actors over time, claims by cue class over time, who speaks",
        "about whom, outlets compared, the run's own figures. Each chart's rows are also written",
        "as Parquet, DIR/aggregates/<name>/, for Superset, Metabase or Grafana."})
final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--to", paramLabel = "DIR", defaultValue = "report",
      description = "Local folder; its index.html and aggregates/ are overwritten. Default: ${DEFAULT-VALUE}.")
  Path to;

  @Option(names = "--as-of", paramLabel = "RUN_ID|TIME", description = "Report the tables as that run left them.")
  String asOf;

  @Override
  public Integer call() {
    SparkSession spark = CommonOptions.session("report", common.config());
    try {
      System.out.println("wrote " + write(spark));
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Writes the dashboard from the published views of {@code spark}; returns the page. */
  Path write(SparkSession spark) {
    PublishedRun run = PublishedViews.register(OutputStore.at(spark, common.config().output()), asOf);
    return Report.write(spark, run, to);
  }
}
