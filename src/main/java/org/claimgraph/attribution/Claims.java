package org.claimgraph.attribution;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;

import java.sql.Date;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.types.DataTypes;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/** The {@code claims} table from annotated articles. */
public final class Claims {
  private Claims() {}

  /**
   * One row per attribution. {@code annotated} has the article columns ({@code article_id},
   * {@code published}, {@code text}) and the {@link AttributionStage} output column
   * {@value AttributionStage#OUTPUT}. Returns exactly the columns of {@link Tables#CLAIMS}.
   */
  public static Dataset<Row> fromAnnotated(Dataset<Row> annotated, String runId) {
    Dataset<Row> rows = annotated
        .select(col("article_id"), col("published"), col("text").as("article_text"),
            explode(col(AttributionStage.OUTPUT)).as("a"))
        .select(col("article_id"), col("published"), col("article_text"), col("a.*"));
    Dataset<Row> claims = rows
        .withColumn("claim_id",
            substring(sha2(concat_ws("|", col("article_id"), col("content_begin"), col("content_end")), 256), 1, 16))
        .withColumn("content_text", expr("array_join(transform(content, c -> c.text), ' ')"))
        .withColumn("content_hash",
            sha2(trim(regexp_replace(lower(col("content_text")), "\\s+", " ")), 256))
        .withColumn("claim_date", udf((UDF6<String, Integer, Integer, Integer, Integer, Date, Date>) ClaimDates::claimDate,
            DataTypes.DateType).apply(col("article_text"),
            col("cue_begin"), col("cue_end"), col("content_begin"), col("content_end"), col("published")))
        .withColumn("source_actor_id", lit(null).cast("string"))
        .withColumn("about_actor_ids", lit(null).cast("array<string>"))
        .withColumn("run_id", lit(runId));
    return TableConformance.conform(Tables.CLAIMS, claims);
  }
}
