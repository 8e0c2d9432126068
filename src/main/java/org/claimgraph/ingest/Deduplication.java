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

  static Dataset<Row> label(Dataset<Row> validated) {
    Column[] inputOrder = {col("source_file"), col("record_index")};
    Dataset<Row> rejected = validated.filter(col("reason").isNotNull()).withColumn(OUTCOME, lit(REJECTED));
    Dataset<Row> valid = validated.filter(col("reason").isNull());

    Dataset<Row> byText = valid.withColumn("copy_rank",
        row_number().over(Window.partitionBy("text_hash").orderBy(inputOrder)));
    Dataset<Row> duplicates = byText.filter(col("copy_rank").gt(1)).drop("copy_rank")
        .withColumn(OUTCOME, lit(DUPLICATE));

    WindowSpec byId = Window.partitionBy("article_id").orderBy(inputOrder);
    Dataset<Row> kept = byText.filter(col("copy_rank").equalTo(1)).drop("copy_rank")
        .withColumn("id_rank", row_number().over(byId))
        .withColumn("first_file", first("source_file").over(byId))
        .withColumn("first_position", first("position").over(byId));
    Column later = col("id_rank").gt(1);
    Dataset<Row> labelled = kept
        .withColumn("reason", when(later, lit(Reason.DUPLICATE_ID.code())))
        .withColumn("detail", when(later, concat(lit("article id '"), col("article_id"),
            lit("' is already used by an earlier record with a different text ("), col("first_file"),
            lit(" position "), col("first_position").cast("string"), lit(")"))))
        .withColumn(OUTCOME, when(later, lit(REJECTED)).otherwise(lit(ACCEPTED)))
        .drop("id_rank", "first_file", "first_position");
    return rejected.unionByName(duplicates).unionByName(labelled);
  }
}
