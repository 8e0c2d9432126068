package org.claimgraph.training;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.attribution.AnnotationRows;
import org.claimgraph.attribution.AttributionDocument;
import org.claimgraph.attribution.AttributionExtractor;
import org.claimgraph.attribution.CueScorerTraining;
import org.claimgraph.attribution.CueScorerTraining.TrainingDocument;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.quality.AttributionEvaluation;
import org.claimgraph.quality.BratCorpus;
import org.claimgraph.quality.BratCorpus.GoldDocument;

/**
 * Trains the attribution stage's cue scorer on a brat corpus (PolNeAR train): the articles go
 * through the freshly trained annotation stages, so the scorer learns from the same tokens, tags
 * and entities it will see when the model runs.
 */
public final class AttributionTraining {
  private AttributionTraining() {}

  public static CueScorerTraining.Trained train(SparkSession spark, PipelineModel annotate, Path goldDir) {
    List<GoldDocument> gold = BratCorpus.read(goldDir);
    if (gold.isEmpty()) {
      throw ClaimgraphException.of("No gold attributions to train the cue scorer in " + goldDir + ".",
          "Training reads <article>.txt files with <article>_<annotator>.ann beside them.",
          "Pass --data with the folder that holds polnear/train.");
    }
    // 840 articles: small enough to score on the driver, where the regression is fitted
    List<Row> rows = annotate.transform(AttributionEvaluation.articles(spark, gold))
        .select(col("article_id"), col(NlpColumns.TEXT), col(NlpColumns.SENTENCE), col(NlpColumns.TOKEN),
            col(NlpColumns.POS), col(NlpColumns.ENTITIES))
        .collectAsList();
    Map<String, AttributionDocument> documents = new HashMap<>();
    for (Row r : rows) {
      documents.put(r.getString(0), AnnotationRows.toDocument(r.getString(1), r.getList(2), r.getList(3),
          r.getList(4), r.getList(5)));
    }
    List<TrainingDocument> training = new ArrayList<>();
    for (GoldDocument g : gold) {
      List<org.claimgraph.attribution.Span> cues = g.attributions().stream()
          .map(BratCorpus.GoldAttribution::cue).filter(Objects::nonNull).toList();
      training.add(new TrainingDocument(documents.get(g.id()), cues));
    }
    return CueScorerTraining.train(training, AttributionExtractor.standard());
  }
}
