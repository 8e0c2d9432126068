package org.claimgraph.quality;

import static org.apache.spark.sql.functions.expr;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.MetadataBuilder;
import org.claimgraph.nlp.UniversalDependencies;

/**
 * Token accuracy of the POS stage on a treebank's Penn tags. The tagger sees the gold words, so the
 * figure measures tagging, not tokenisation.
 */
public final class PosEvaluation {
  private PosEvaluation() {}

  public record PosScore(long tokens, long correct) {
    public double accuracy() {
      return tokens == 0 ? 0 : (double) correct / tokens;
    }

    public String report() {
      return String.format("POS accuracy %.2f%% (%d of %d tokens)", 100 * accuracy(), correct, tokens);
    }
  }

  public static PosScore evaluate(SparkSession spark, PerceptronModel tagger, Path conllu) {
    Path tagged = UniversalDependencies.asTaggedText(conllu);
    // Columns named as the tagger's inputs: Spark NLP models lose their weights when copied with new params.
    String[] inputs = tagger.getInputCols();
    Dataset<Row> gold = new com.johnsnowlabs.nlp.training.POS()
        .readDataset(spark, tagged.toString(), UniversalDependencies.TAG_DELIMITER, "gold", inputs[0], "text");
    Dataset<Row> withTokens = gold.withColumn(inputs[1], expr(
            "transform(gold, g -> named_struct('annotatorType', 'token', 'begin', g.begin, 'end', g.end, "
                + "'result', g.metadata['word'], 'metadata', map('sentence', '0'), 'embeddings', g.embeddings))")
        .as(inputs[1], new MetadataBuilder().putString("annotatorType", "token").build()));
    Row counts = tagger.transform(withTokens).withColumnRenamed(tagger.getOutputCol(), "predicted")
        .selectExpr("size(gold) AS n",
            "aggregate(zip_with(gold, predicted, (g, p) -> IF(g.result = p.result, 1, 0)), 0, (a, x) -> a + x) AS ok")
        .selectExpr("CAST(sum(n) AS BIGINT)", "CAST(sum(ok) AS BIGINT)").first();
    return new PosScore(counts.getLong(0), counts.getLong(1));
  }
}
