package org.claimgraph.graph;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Links claims to actors: a claim's source to the resolved mention its source span overlaps, and
 * its content to the resolved mentions its {@code about} spans overlap (same article, by offsets).
 *
 * <p>Source span: the resolved source span when there is one ("he", "the group", "Okafor" resolved
 * to an earlier full name); otherwise the source span itself, but only for named kinds
 * ({@code person}, {@code organisation}, {@code place}) — an unnamed source such as "The UN's
 * humanitarian office" or "Two diplomats" is not the actor whose name it contains. When several
 * mentions overlap, the one with the largest overlap wins (then the earliest).
 */
public final class ClaimLinks {
  private ClaimLinks() {}

  /** The claim columns this package reads. Other columns are passed through. */
  public static final StructType CLAIMS_INPUT = new StructType(new StructField[] {
      DataTypes.createStructField("claim_id", DataTypes.StringType, false),
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("published", DataTypes.DateType, true),
      DataTypes.createStructField("source_begin", DataTypes.IntegerType, true),
      DataTypes.createStructField("source_end", DataTypes.IntegerType, true),
      DataTypes.createStructField("source_kind", DataTypes.StringType, true),
      DataTypes.createStructField("resolved_source_begin", DataTypes.IntegerType, true),
      DataTypes.createStructField("resolved_source_end", DataTypes.IntegerType, true),
      DataTypes.createStructField("cue_class", DataTypes.StringType, true),
      DataTypes.createStructField("negated", DataTypes.BooleanType, true),
      DataTypes.createStructField("about", aboutType(), true),
      DataTypes.createStructField("claim_date", DataTypes.DateType, true),
      DataTypes.createStructField("content_hash", DataTypes.StringType, true)});

  public static ArrayType aboutType() {
    return DataTypes.createArrayType(new StructType(new StructField[] {
        DataTypes.createStructField("begin", DataTypes.IntegerType, true),
        DataTypes.createStructField("end", DataTypes.IntegerType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("type", DataTypes.StringType, true)}));
  }

  /** An empty claims Dataset, for runs before the claims stage exists. */
  public static Dataset<Row> emptyClaims(SparkSession spark) {
    return spark.createDataFrame(List.of(), CLAIMS_INPUT);
  }

  /** How claims are counted everywhere: by content hash, so syndicated copies of a quote count once. */
  public static Column claimKey() {
    return coalesce(col("content_hash"), col("claim_id"));
  }

  /** When a claim was made: its own date when the attribution gives one, else the publication date. */
  public static Column claimWhen() {
    return coalesce(col("claim_date"), col("published"));
  }

  /**
   * The claims a source did make: "X did not deny that …" stays in {@code claims}, but X made no
   * statement, so the counts and edges skip it.
   */
  public static Dataset<Row> made(Dataset<Row> claimsWithActors) {
    return claimsWithActors.filter(not(coalesce(col("negated"), lit(false))));
  }

  /** Claims plus {@code source_actor_id} (nullable) and {@code about_actor_ids} (sorted, distinct, never null). */
  public static Dataset<Row> link(Dataset<Row> claimsAsStored, Dataset<Row> mentionsWithActor) {
    // Links are recomputed from scratch: live rows carry the links of an earlier run's actors.
    Dataset<Row> claims = claimsAsStored.drop("source_actor_id", "about_actor_ids");
    Dataset<Row> m = mentionsWithActor.filter(col("actor_id").isNotNull())
        .select(col("article_id").as("m_article"), col("begin").as("m_begin"), col("end").as("m_end"),
            col("actor_id").as("m_actor"));
    Column named = col("source_kind").isin("person", "organisation", "place");
    Column hasResolved = col("resolved_source_begin").isNotNull().and(col("resolved_source_end").isNotNull());
    Dataset<Row> spans = claims.select(col("claim_id").as("s_claim"), col("article_id").as("s_article"),
            when(hasResolved, col("resolved_source_begin")).when(named, col("source_begin")).as("sb"),
            when(hasResolved, col("resolved_source_end")).when(named, col("source_end")).as("se"))
        .filter(col("sb").isNotNull().and(col("se").isNotNull()));
    Dataset<Row> sources = spans
        .join(m, col("s_article").equalTo(col("m_article"))
            .and(col("m_begin").lt(col("se"))).and(col("sb").lt(col("m_end"))))
        .withColumn("overlap", least(col("m_end"), col("se")).minus(greatest(col("m_begin"), col("sb"))))
        .groupBy("s_claim")
        .agg(max(struct(col("overlap"), col("m_begin").multiply(-1), col("m_actor"))).getField("m_actor")
            .as("source_actor_id"));
    Dataset<Row> about = claims
        .select(col("claim_id").as("a_claim"), col("article_id").as("a_article"), explode(col("about")).as("a"))
        .join(m, col("a_article").equalTo(col("m_article"))
            .and(col("m_begin").lt(col("a.end"))).and(col("a.begin").lt(col("m_end"))))
        .groupBy("a_claim").agg(array_sort(collect_set(col("m_actor"))).as("about_ids"));
    return claims
        .join(sources, col("claim_id").equalTo(col("s_claim")), "left")
        .join(about, col("claim_id").equalTo(col("a_claim")), "left")
        .withColumn("about_actor_ids", coalesce(col("about_ids"), array().cast(DataTypes.createArrayType(DataTypes.StringType))))
        .drop("s_claim", "a_claim", "about_ids");
  }
}
