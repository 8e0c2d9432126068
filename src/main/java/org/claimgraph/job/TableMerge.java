package org.claimgraph.job;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;

/**
 * How a run's rows combine with the live snapshot: an article processed again replaces its earlier
 * rows (so re-running a day does not double-count), articles from other inputs stay.
 */
final class TableMerge {
  private final OutputStore store;
  private final boolean replace;

  TableMerge(OutputStore store, boolean replace) {
    this.store = store;
    this.replace = replace;
  }

  Dataset<Row> byArticle(TableSpec table, Dataset<Row> freshArticles) {
    return byArticle(table, freshArticles, freshArticles);
  }

  /** Live rows of articles this run did not touch, plus this run's rows. */
  Dataset<Row> byArticle(TableSpec table, Dataset<Row> fresh, Dataset<Row> freshArticles) {
    Dataset<Row> rows = TableConformance.conform(table, fresh);
    if (replace) {
      return rows;
    }
    Dataset<Row> touched = freshArticles.select(col("article_id").as("touched_id")).distinct();
    Dataset<Row> kept = store.readCurrent(table)
        .join(touched, col("article_id").equalTo(col("touched_id")), "left_anti");
    return kept.unionByName(rows);
  }

  /** Rejections are replaced file by file: reading a file again re-judges all its records. */
  Dataset<Row> rejected(Dataset<Row> fresh) {
    Dataset<Row> rows = TableConformance.conform(Tables.REJECTED, fresh);
    if (replace) {
      return rows;
    }
    Dataset<Row> files = rows.select(col("source_file").as("touched_file")).distinct();
    Dataset<Row> kept = store.readCurrent(Tables.REJECTED)
        .join(files, col("source_file").eqNullSafe(col("touched_file")), "left_anti");
    return kept.unionByName(rows);
  }

  Dataset<Row> runs(Dataset<Row> fresh) {
    return replace ? fresh : store.readCurrent(Tables.RUNS).unionByName(fresh);
  }
}
