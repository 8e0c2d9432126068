package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

/** The extractor's figure on the shared scrapinghub benchmark (181 pages); fails without ../shared. */
class HtmlExtractionEvaluationTest {
  @Test
  void extractorScoresWellOnTheBenchmark() {
    Path shared = SparkTestSession.sharedData();
    assertTrue(shared != null, "../shared/data is not beside the project: the HTML benchmark needs it");
    HtmlExtractionReport report = HtmlExtractionEvaluation.evaluate(shared.resolve("html/ground-truth.json"),
        shared.resolve("html/pages"));
    System.out.println(report.toText());
    assertThat(report.pages()).isEqualTo(181);
    assertThat(report.macroF1()).isGreaterThan(0.90);
    assertThat(report.microF1()).isGreaterThan(0.90);
  }
}
