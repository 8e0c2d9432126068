package org.claimgraph.quality;

import com.johnsnowlabs.nlp.training.CoNLL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.ner.NerTagger;
import org.claimgraph.scoring.NerScores;
import org.claimgraph.scoring.SpanScorer;

/**
 * Scores a {@link NerTagger} stage through Spark exactly as it runs in the job: Spark NLP's CoNLL
 * reader builds document/token/label columns, the stage tags them, and the predicted tags are
 * compared with the gold labels span by span.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /**
   * Reads the CoNLL file one document per row (not one sentence per row), so document-level
   * features see the same context they get on real articles.
   */
  public static Dataset<Row> readConll(SparkSession spark, String conllPath) {
    CoNLL reader = new CoNLL("document", "sentence", "token", "pos", 3, 1, "doc_id", "text",
        "label", false, " ", false);
    try {
      @SuppressWarnings("unchecked")
      Dataset<Row> rows = (Dataset<Row>) reader.readDataset(spark, conllPath, "TEXT", 8,
          StorageLevel.DISK_ONLY());
      return rows;
    } catch (RuntimeException e) {
      throw ClaimgraphException.of("cannot read CoNLL file " + conllPath, String.valueOf(e),
          "pass the path of a CoNLL-2003 file such as eng.testb.", e);
    }
  }

  public static NerScores evaluate(SparkSession spark, NerTagger tagger, String conllPath) {
    return score(tagger.transform(readConll(spark, conllPath)), "label", tagger.getOutputCol());
  }

  /**
   * Scores predicted against gold annotation columns of a tagged dataset. Only the tags travel
   * to the driver (a few hundred kB for a CoNLL file).
   */
  public static NerScores score(Dataset<Row> tagged, String goldCol, String predictedCol) {
    List<Row> rows = tagged.select(
        functions.col(goldCol + ".result").as("gold"),
        functions.col(predictedCol + ".result").as("predicted"),
        functions.col(predictedCol + ".metadata").as("metadata")).collectAsList();
    SpanScorer scorer = new SpanScorer();
    for (Row row : rows) {
      List<String> gold = row.getList(0);
      List<String> predicted = row.getList(1);
      List<Map<String, String>> metadata = new ArrayList<>();
      for (Object m : row.getList(2)) {
        metadata.add(scala.collection.JavaConverters.mapAsJavaMap(
            (scala.collection.Map<String, String>) m));
      }
      if (gold.size() != predicted.size()) {
        throw new IllegalStateException("gold and predicted annotations differ in number: "
            + gold.size() + " vs " + predicted.size());
      }
      int from = 0;
      for (int i = 1; i <= gold.size(); i++) {
        if (i == gold.size()
            || !metadata.get(i).get("sentence").equals(metadata.get(i - 1).get("sentence"))) {
          scorer.add(gold.subList(from, i), predicted.subList(from, i));
          from = i;
        }
      }
    }
    return scorer.scores();
  }
}
