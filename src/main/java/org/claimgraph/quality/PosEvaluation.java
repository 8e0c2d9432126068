package org.claimgraph.quality;

import java.nio.file.Path;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.nlp.GoldAnnotations;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.UniversalDependencies;
import org.claimgraph.nlp.pos.PosTagger;

/**
 * Token accuracy of the POS stage on a treebank's Penn tags. The tagger sees the gold words, so the
 * figure measures tagging, not tokenisation.
 */
public final class PosEvaluation {
  private static final String PREDICTED = "predicted_pos";

  private PosEvaluation() {}

  public record PosScore(long tokens, long correct) {
    public double accuracy() {
      return tokens == 0 ? 0 : (double) correct / tokens;
    }

    public String report() {
      return String.format("POS accuracy %.2f%% (%d of %d tokens)", 100 * accuracy(), correct, tokens);
    }
  }

  public static PosScore evaluate(SparkSession spark, PosTagger tagger, Path conllu) {
    PosTagger onGold = tagger.copy(ParamMap.empty());
    onGold.setInputCols(NlpColumns.DOCUMENT, NlpColumns.TOKEN);
    onGold.setOutputCol(PREDICTED);
    Row counts = onGold.transform(GoldAnnotations.of(spark, UniversalDependencies.read(conllu), true))
        .selectExpr("size(" + GoldAnnotations.GOLD_POS + ") AS n",
            "aggregate(zip_with(" + GoldAnnotations.GOLD_POS + ", " + PREDICTED
                + ", (g, p) -> IF(g.result = p.result, 1, 0)), 0, (a, x) -> a + x) AS ok")
        .selectExpr("CAST(sum(n) AS BIGINT)", "CAST(sum(ok) AS BIGINT)").first();
    return new PosScore(counts.getLong(0), counts.getLong(1));
  }
}
