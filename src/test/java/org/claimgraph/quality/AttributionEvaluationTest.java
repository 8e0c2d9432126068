package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.ml.PipelineModel;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.ModelRegistry;
import org.junit.jupiter.api.Test;

/** The whole evaluation on PolNeAR dev with the committed default model, with and without its cue scorer; needs the shared corpus. */
class AttributionEvaluationTest {
  @Test
  void polnearDevBeatsTheCoreNlpQuoteAnnotator() {
    Path shared = Paths.get(System.getProperty("claimgraph.shared", "../shared"), "data", "polnear", "dev");
    assertTrue(Files.isDirectory(shared), "PolNeAR dev not found at " + shared + ": the corpus tests need it");
    var spark = SparkTestSession.get();
    PipelineModel pipeline = ModelRegistry.load(spark, ModelRegistry.DEFAULT).pipeline();
    AttributionReport report = AttributionEvaluation.evaluate(spark, pipeline, shared);
    AttributionReport rules = AttributionEvaluation.evaluate(spark, AttributionEvaluation.rulesOnly(pipeline), shared);
    System.out.println(report.toText());
    assertThat(report.documents()).isEqualTo(84);
    assertThat(report.goldAttributions()).isEqualTo(2192);
    // CoreNLP's quote annotator: content-overlap F1 0.30, end-to-end 0.27
    assertThat(report.score("content_overlap", "all").f1()).isGreaterThan(0.30);
    assertThat(report.score("end_to_end", "all").f1()).isGreaterThan(0.27);
    // the trained cue scorer must earn its place over the rules alone, and reach the bar
    assertThat(report.score("cue", "all").f1()).isGreaterThan(rules.score("cue", "all").f1()).isGreaterThan(0.75);
  }
}
