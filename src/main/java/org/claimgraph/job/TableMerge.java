package org.claimgraph.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedRun;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.TableSpec;
import org.claimgraph.tables.Tables;

/**
 * How a run's rows combine with what the last published run left: an article processed again
 * replaces its earlier rows (so re-running a day does not double-count), articles from other inputs
 * stay. Reads go to the published versions, writes touch only the rows that change.
 */
final class TableMerge {
  /** The columns of a stored mention or claim that follow the actors, which any run may re-decide. */
  static final List<String> MENTION_ACTOR_COLUMNS = List.of("actor_id", "alias_rule");
  static final List<String> CLAIM_ACTOR_COLUMNS = List.of("source_actor_id", "about_actor_ids");

  private final OutputStore store;
  private final boolean replace;
  private final Optional<PublishedRun> live;

  TableMerge(OutputStore store, boolean replace) {
    this.store = store;
    this.replace = replace;
    this.live = replace ? Optional.empty() : store.published();
  }

  Optional<PublishedRun> live() {
    return live;
  }

  /** Published rows of articles this run did not touch, plus this run's rows: the input of the actors stage. */
  Dataset<Row> merged(TableSpec table, Dataset<Row> fresh, Dataset<Row> freshArticles) {
    Dataset<Row> rows = TableConformance.conform(table, fresh);
    return untouched(table, freshArticles).unionByName(rows);
  }

  private Dataset<Row> untouched(TableSpec table, Dataset<Row> freshArticles) {
    Dataset<Row> touched = freshArticles.select(col("article_id").as("touched_id")).distinct();
    return store.read(table, live).join(touched, col("article_id").equalTo(col("touched_id")), "left_anti");
  }

  /**
   * Writes a per-article table: this run's articles replace their rows; rows of other articles are
   * updated only where the actors moved ({@code actorColumns}, empty for tables without actors).
   */
  long writeByArticle(TableSpec table, Dataset<Row> all, Dataset<Row> freshArticles, String key,
      List<String> actorColumns) {
    if (replace || live.map(r -> r.versions().get(table.name())).isEmpty()) {
      return store.overwrite(table, all);
    }
    Dataset<Row> touched = freshArticles.select(col("article_id").as("touched_id")).distinct();
    Dataset<Row> fresh = all.join(touched, col("article_id").equalTo(col("touched_id")), "left_semi");
    long version = store.replaceByKey(table, "article_id", fresh, freshArticles.select("article_id"));
    if (!actorColumns.isEmpty()) {
      Dataset<Row> others = all.join(touched, col("article_id").equalTo(col("touched_id")), "left_anti");
      version = store.updateChanged(table, key, others, actorColumns);
    }
    return version;
  }

  /** Rejections are replaced file by file: reading a file again re-judges all its records. */
  long writeRejected(Dataset<Row> fresh) {
    Dataset<Row> rows = TableConformance.conform(Tables.REJECTED, fresh);
    if (replace || live.map(r -> r.versions().get(Tables.REJECTED.name())).isEmpty()) {
      return store.overwrite(Tables.REJECTED, rows);
    }
    return store.replaceByKey(Tables.REJECTED, "source_file", rows, rows.select("source_file"));
  }

  /** The run's own row, written last: appending it is what publishes the run. */
  long writeRun(Dataset<Row> runRow) {
    return replace || !store.isDeltaTable(Tables.RUNS) ? store.overwrite(Tables.RUNS, runRow)
        : store.append(Tables.RUNS, runRow);
  }
}
