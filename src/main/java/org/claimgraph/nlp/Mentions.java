package org.claimgraph.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One row per entity chunk: the {@code mentions} table before actors are linked. */
public final class Mentions {
  private Mentions() {}

  /**
   * A chunk ending in a possessive clitic: the tokenizer splits "Trump’s" in two, but the tagger,
   * trained on CoNLL's straight "'s" only, sometimes takes a curly "’s" into the name.
   */
  private static final String POSSESSIVE = "chunk.result RLIKE '.[\\'’][sS]$'";

  /** Spark NLP chunk ends are inclusive; our tables use exclusive ends. A name never ends in "'s". */
  public static Dataset<Row> fromAnnotated(Dataset<Row> annotated, String runId) {
    Dataset<Row> chunks = annotated
        .select(col("article_id"), col("published"), explode(col(NlpColumns.ENTITIES)).as("chunk"))
        // the tagger now and then takes a lone split-off "’s" for a name of its own
        .where("NOT chunk.result RLIKE '^[\\'’][sS]$'");
    return chunks
        .withColumn("begin", col("chunk.begin"))
        .withColumn("end", expr("chunk.end + 1 - IF(" + POSSESSIVE + ", 2, 0)"))
        .withColumn("mention_id",
            substring(sha2(concat_ws("|", col("article_id"), col("begin"), col("end")), 256), 1, 16))
        .withColumn("sentence_index", expr("CAST(chunk.metadata['sentence'] AS INT)"))
        // The chunk's own text, which the converter cut from its sentence: the same characters as the
        // offsets give, without a SQL substring that walks the article's text from its start for
        // every mention (a fifth of the table stage on long news articles).
        .withColumn("text", expr("IF(" + POSSESSIVE + ", substring(chunk.result, 1, length(chunk.result) - 2), "
            + "chunk.result)"))
        .withColumn("type", expr("chunk.metadata['entity']"))
        .withColumn("confidence", expr("CAST(chunk.metadata['confidence'] AS DOUBLE)"))
        .withColumn("run_id", lit(runId))
        // Filled by actors.ActorResolution over the merged mentions; null until then.
        .withColumn("actor_id", lit(null).cast("string"))
        .withColumn("alias_rule", lit(null).cast("string"));
  }
}
