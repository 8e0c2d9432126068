package org.claimgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Labels every validated record with its {@code outcome}: accepted, rejected or duplicate.
 *
 * <p>Exact duplicates (same {@code text_hash}) keep the first by input order (file path, then
 * record index) and count the others as {@code duplicate}. Then, among the kept, a repeated
 * {@code article_id} with a different text sends the later records to rejected with
 * {@code duplicate_id}: ids are keys downstream. Input order is a total order, so the result does
 * not depend on partitioning.
 */
final class Deduplication {
  private Deduplication() {}

  static final String OUTCOME = "outcome";
  static final String ACCEPTED = "accepted";
  static final String REJECTED = "rejected";
  static final String DUPLICATE = "duplicate";

  /**
   * One linear plan (two window passes, no branches), so the input is read and validated once:
   * a union of filtered branches would make Spark recompute the source for each branch.
   */
  static Dataset<Row> label(Dataset<Row> validated) {
    Column[] inputOrder = {col("source_file"), col("record_index")};
    Column valid = col("reason").isNull();
    // Rejected rows have no hash; they share one window partition but their rank is never used.
    Dataset<Row> ranked = validated
        .withColumn("copy_rank", row_number().over(Window.partitionBy("text_hash").orderBy(inputOrder)))
        .withColumn("first_copy", valid.and(col("copy_rank").equalTo(1)));
    WindowSpec byId = Window.partitionBy(col("first_copy"), col("article_id")).orderBy(inputOrder);
    Column laterId = col("first_copy").and(row_number().over(byId).gt(1));
    return ranked
        .withColumn("first_file", first("source_file").over(byId))
        .withColumn("first_position", first("position").over(byId))
        .withColumn("later_id", laterId)
        .withColumn(OUTCOME, when(col("reason").isNotNull().or(col("later_id")), lit(REJECTED))
            .when(col("first_copy"), lit(ACCEPTED)).otherwise(lit(DUPLICATE)))
        .withColumn("detail", when(col("later_id"), concat(lit("article id '"), col("article_id"),
            lit("' is already used by an earlier record with a different text ("), col("first_file"),
            lit(" position "), col("first_position").cast("string"), lit(")"))).otherwise(col("detail")))
        .withColumn("reason", when(col("later_id"), lit(Reason.DUPLICATE_ID.code())).otherwise(col("reason")))
        .drop("copy_rank", "first_copy", "first_file", "first_position", "later_id");
  }
}
