package org.claimgraph.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedViews;
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
  @Mixin CommonOptions common;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "50",
      description = "Rows to print in the table format (csv and json print every row). Default: ${DEFAULT-VALUE}.")
  int rows;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for people), csv (RFC 4180 with a header row) or json (JSON Lines, one object per row), "
          + "for scripts and BI tools. Default: ${DEFAULT-VALUE}.")
  String format;

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

  List<String> statements() {
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
    SparkSession spark = CommonOptions.session("sql", common.config());
    try {
      print(spark, System.out);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Runs the statements on the published views of {@code spark} and prints their results. */
  void print(SparkSession spark, PrintStream printed) {
    ResultFormat as = resultFormat();
    PublishedViews.register(OutputStore.at(spark, common.config().output()), asOf);
    for (String statement : statements()) {
      if (file != null && as == ResultFormat.TABLE) {
        printed.println("\n-- " + statement.replace("\n", "\n-- "));
      }
      ReadOnlySql.check(spark, statement);
      try {
        as.print(spark.sql(statement), rows, printed);
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
  }

  private ResultFormat resultFormat() {
    try {
      return ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ClaimgraphException.of("Unknown --format " + format + ".", "sql prints table, csv or json.",
          "Pass --format table, --format csv or --format json.");
    }
  }
}
