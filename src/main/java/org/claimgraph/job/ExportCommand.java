package org.claimgraph.job;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedRun;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the live version of every table (or the one --as-of names) as plain Parquet,",
        "DIR/<table>/part-*.parquet, for readers that do not speak Delta Lake."})
final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--to", paramLabel = "DIR", required = true, description = "Where the Parquet tables go (replaced).")
  String to;

  @Option(names = "--as-of", paramLabel = "RUN_ID|TIME", description = "Export the tables as that run left them.")
  String asOf;

  @Override
  public Integer call() {
    JobConfig config = common.config();
    SparkSession spark = CommonOptions.session("export", config);
    try {
      OutputStore store = OutputStore.at(spark, config.output());
      Optional<PublishedRun> run = Optional.of(store.requirePublished(asOf));
      for (TableSpec table : Tables.ALL) {
        store.read(table, run).write().mode(SaveMode.Overwrite).parquet(to + "/" + table.name());
      }
      System.out.println("exported run " + run.get().runId() + " to " + to);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
