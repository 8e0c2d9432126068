package org.claimgraph.attribution;

import static org.apache.spark.sql.functions.arrays_zip;
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
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;
import scala.collection.Seq;

/** The {@code claims} table from annotated articles. */
public final class Claims {
  private Claims() {}

  /** Per article: the date of each of its attributions, in their order ({@link ClaimDates#claimDate}). */
  private static final UserDefinedFunction CLAIM_DATES = udf(
      (UDF3<String, Seq<Row>, Date, List<Date>>) (text, attributions, published) -> {
        List<Date> dates = new ArrayList<>(attributions.size());
        for (int i = 0; i < attributions.size(); i++) {
          Row a = attributions.apply(i);
          dates.add(ClaimDates.claimDate(text, a.<Integer>getAs("cue_begin"), a.<Integer>getAs("cue_end"),
              a.<Integer>getAs("content_begin"), a.<Integer>getAs("content_end"), published));
        }
        return dates;
      }, DataTypes.createArrayType(DataTypes.DateType));

  /**
   * One row per attribution. {@code annotated} has the article columns ({@code article_id},
   * {@code published}, {@code text}) and the {@link AttributionStage} output column
   * {@value AttributionStage#OUTPUT}. Returns exactly the columns of {@link Tables#CLAIMS}.
   */
  public static Dataset<Row> fromAnnotated(Dataset<Row> annotated, String runId) {
    // Dates are read from the article text around each statement: one call per article, so the text is
    // neither copied into every claim row nor converted once per claim.
    Dataset<Row> rows = annotated
        .select(col("article_id"), col("published"), explode(arrays_zip(col(AttributionStage.OUTPUT),
            CLAIM_DATES.apply(col("text"), col(AttributionStage.OUTPUT), col("published")).as("claim_dates"))).as("z"))
        .select(col("article_id"), col("published"), col("z." + AttributionStage.OUTPUT + ".*"),
            col("z.claim_dates").as("claim_date"));
    Dataset<Row> claims = rows
        .withColumn("claim_id",
            substring(sha2(concat_ws("|", col("article_id"), col("content_begin"), col("content_end")), 256), 1, 16))
        .withColumn("content_text", expr("array_join(transform(content, c -> c.text), ' ')"))
        .withColumn("content_hash",
            sha2(trim(regexp_replace(lower(col("content_text")), "\\s+", " ")), 256))
        .withColumn("source_actor_id", lit(null).cast("string"))
        .withColumn("about_actor_ids", lit(null).cast("array<string>"))
        .withColumn("run_id", lit(runId));
    return TableConformance.conform(Tables.CLAIMS, claims);
  }
}
