package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.claimgraph.attribution.AttributionSpark;
import org.junit.jupiter.api.Test;

/** The whole evaluation on PolNeAR dev; needs the shared corpus and the dev POS model. */
class AttributionEvaluationTest {
  @Test
  void polnearDevBeatsTheCoreNlpQuoteAnnotator() {
    Path shared = Paths.get(System.getProperty("claimgraph.shared", "../shared"), "data", "polnear", "dev");
    Path pos = Paths.get(System.getProperty("claimgraph.posModel", "/work/pos-model-dev"));
    assumeTrue(Files.isDirectory(shared), "PolNeAR dev not found at " + shared + "; skipping");
    assumeTrue(Files.isDirectory(pos), "POS model not found at " + pos + " (set -Dclaimgraph.posModel); skipping");
    var spark = AttributionSpark.get();
    AttributionReport report = AttributionEvaluation.evaluate(spark,
        AttributionEvaluation.annotationPipeline(spark, pos.toString()), shared);
    System.out.println(report.toText());
    assertThat(report.documents()).isEqualTo(84);
    assertThat(report.goldAttributions()).isEqualTo(2192);
    // CoreNLP's quote annotator: content-overlap F1 0.30, end-to-end 0.27
    assertThat(report.score("content_overlap", "all").f1()).isGreaterThan(0.30);
    assertThat(report.score("end_to_end", "all").f1()).isGreaterThan(0.27);
  }
}
