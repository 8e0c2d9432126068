package org.claimgraph.job;

import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs Spark SQL over the live tables of an output directory and prints the result.",
        "Every table (articles, mentions, rejected, runs, …) is a view of that name."})
final class SqlCommand implements Callable<Integer> {
  @Option(names = "--output", paramLabel = "DIR", defaultValue = "claimgraph-output",
      description = "Output directory of `claimgraph run`. Default: ${DEFAULT-VALUE}.")
  String output;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "50", description = "Rows to print. Default: ${DEFAULT-VALUE}.")
  int rows;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]", description = "Spark master. Default: ${DEFAULT-VALUE}.")
  String master;

  @Parameters(paramLabel = "QUERY", arity = "0..1", defaultValue = "SHOW VIEWS",
      description = "A Spark SQL query. Default: list the views.")
  String query;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create("claimgraph sql", master);
    OutputStore store = OutputStore.at(spark, output);
    if (store.currentSnapshot().isEmpty()) {
      throw ClaimgraphException.of("No published tables in " + output + ".",
          "The directory has no CURRENT file, so no run has finished there.",
          "Run `jobs/claimgraph run --output " + output + "` first, or pass the right --output.");
    }
    for (TableSpec table : Tables.ALL) {
      store.readCurrent(table).createOrReplaceTempView(table.name());
    }
    Dataset<Row> result = spark.sql(query);
    result.show(rows, false);
    spark.stop();
    return 0;
  }
}
