package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimgraph.SharedCorpora;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the shared benchmark (181 pages) against the README's figures (printed by
 * {@code jobs/claimgraph eval html}); fails without ../shared.
 */
class HtmlExtractionEvaluationIT {
  /** The extraction is deterministic; this is room for rounding. */
  private static final double TOLERANCE = 0.003;

  @Test
  void extractorKeepsThePublishedBenchmarkFigures() {
    Path html = SharedCorpora.require("html");
    HtmlExtractionReport report = HtmlExtractionEvaluation.evaluate(html.resolve("ground-truth.json"),
        html.resolve("pages"));
    System.out.println(report.toText());
    assertThat(report.pages()).isEqualTo(181);
    assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.942 - TOLERANCE);
    assertThat(report.microF1()).isGreaterThanOrEqualTo(0.933 - TOLERANCE);
  }
}
