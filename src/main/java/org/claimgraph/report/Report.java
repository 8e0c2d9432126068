package org.claimgraph.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.tables.PublishedRun;

/**
 * The dashboard of one published run: {@code DIR/index.html}, one self-contained page of SVG charts
 * with no script and nothing fetched, and {@code DIR/aggregates/<name>/}, the rows of each chart as
 * Parquet for Superset, Metabase or Grafana. The page is drawn from the Parquet rows as written, so
 * the two never disagree.
 */
public final class Report {
  private Report() {}

  /** Writes the report for the views registered for {@code run}; returns the page's path. */
  public static Path write(SparkSession spark, PublishedRun run, Path to) {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    for (Aggregate aggregate : Aggregates.ALL) {
      String folder = to.resolve("aggregates").resolve(aggregate.name()).toAbsolutePath().toUri().toString();
      // One file per aggregate: they are small, and BI tools open one file more easily than a folder of parts.
      spark.sql(aggregate.sql()).coalesce(1).write().mode(SaveMode.Overwrite).parquet(folder);
      rows.put(aggregate.name(), spark.read().parquet(folder).collectAsList());
    }
    Path page = to.resolve("index.html");
    try {
      Files.writeString(page, Dashboard.html(run, rows), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not write the dashboard " + page + ".", e.getMessage(),
          "Pass a writable local folder to --to.", e);
    }
    return page;
  }
}
