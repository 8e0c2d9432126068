package org.claimgraph.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;

/** What two runs are compared by: every published table but runs, row for row. */
final class PublishedRows {
  private PublishedRows() {}

  /** Every published table but runs, as sorted row strings without the columns that name the run or file. */
  static Map<String, List<String>> of(SparkSession spark, Path output) {
    OutputStore store = OutputStore.at(spark, output.toString());
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (TableSpec table : Tables.STORED) {
      if (table == Tables.RUNS) {
        continue;
      }
      Dataset<Row> rows = store.readPublished(table).drop("run_id", "source_file");
      List<String> lines = new ArrayList<>();
      for (Row r : rows.collectAsList()) {
        lines.add(r.toString());
      }
      lines.sort(null);
      out.put(table.name(), lines);
    }
    return out;
  }
}
