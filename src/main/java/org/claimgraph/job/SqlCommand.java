package org.claimgraph.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedRun;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs Spark SQL over the live tables of an output directory and prints the result.",
        "Every table (articles, mentions, rejected, runs, …) is a view of that name, read at the versions",
        "the last committed run (or --as-of) recorded; delta.`OUTPUT/<table>` reads a table's newest version.",
        "Queries only: statements that write, create, drop or alter, and JVM functions, are refused (exit 3)."})
final class SqlCommand implements Callable<Integer> {
  @Mixin OutputOptions out;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "50", description = "Rows to print. Default: ${DEFAULT-VALUE}.")
  int rows;

  @Option(names = "--as-of", paramLabel = "RUN_ID|TIME",
      description = "Read the tables as a past run left them: a run_id from the runs table, or a UTC time "
          + "(yyyy-MM-dd[ HH:mm:ss]) meaning the last run finished by then. Default: the last run.")
  String asOf;

  @Option(names = "--file", paramLabel = "FILE",
      description = "Run every statement of a SQL file (statements end with ';'), e.g. notebooks/overview.sql.")
  Path file;

  @Option(names = "--verbose", description = "On an error, print Spark's whole message and stack trace.")
  boolean verbose;

  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "A Spark SQL query. Default (without --file): list the views.")
  String query;

  private List<String> statements() {
    if (file == null) {
      return List.of(query == null ? "SHOW VIEWS" : query);
    }
    try {
      String sql = Files.readString(file).lines().filter(line -> !line.strip().startsWith("--"))
          .collect(Collectors.joining("\n"));
      return Arrays.stream(sql.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read SQL file " + file + ".", e.getMessage(),
          "Check the path given to --file.", e);
    }
  }

  @Override
  public Integer call() {
    SparkSession spark = out.session("sql");
    OutputStore store = out.store(spark);
    Optional<PublishedRun> run = Optional.of(store.requirePublished(asOf));
    // Each view reads its table at the version the run recorded, so the views agree with each other
    // even while another run is committing.
    for (TableSpec table : Tables.ALL) {
      store.read(table, run).createOrReplaceTempView(table.name());
    }
    for (String statement : statements()) {
      if (file != null) {
        System.out.println("\n-- " + statement.replace("\n", "\n-- "));
      }
      ReadOnlySql.check(spark, statement);
      try {
        spark.sql(statement).show(rows, false);
      } catch (Exception e) {
        // Scala hides AnalysisException from javac's checked-exception analysis.
        if (!(e instanceof AnalysisException)) {
          throw e;
        }
        if (verbose) {
          e.printStackTrace();
        }
        throw ClaimgraphException.of("The SQL statement cannot run.", ReadOnlySql.firstLine(e.getMessage()),
            "Check table and column names (`claimgraph sql` with no query lists the views; `claimgraph tables` "
                + "their columns). --verbose prints Spark's whole message.");
      }
    }
    spark.stop();
    return 0;
  }
}
