package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.SharedCorpora;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled actor merge evaluation over the shared news file, against the figures the
 * README publishes (printed by {@code jobs/claimgraph eval actors}).
 */
class ActorEvaluationIT {
  /** The gold and the rules are deterministic; this is room for rounding, not for a lost merge. */
  private static final double TOLERANCE = 0.003;

  static Path news() {
    return SharedCorpora.require("news/allsides-10k.jsonl.gz");
  }

  @Test
  void resolutionKeepsThePublishedMergeFiguresOnHandLabelledNews() {
    var spark = SparkTestSession.get();
    ActorEvaluation.Scores plain = ActorEvaluation.evaluateAndPrint(spark, news().toString(), null, "built-in rules");
    ActorEvaluation.Scores withOverrides = ActorEvaluation.evaluateAndPrint(spark, news().toString(),
        ActorResolution.readOverridesCsv(spark, "jobs/conf/actor-aliases.csv"), "with jobs/conf/actor-aliases.csv");
    assertThat(plain.mentions()).isGreaterThan(200);
    assertThat(plain.all().precision()).isGreaterThanOrEqualTo(1.000 - TOLERANCE);
    assertThat(plain.all().recall()).isGreaterThanOrEqualTo(0.990 - TOLERANCE);
    // The example overrides add merges the gold agrees with; they must not cost precision.
    assertThat(withOverrides.all().precision()).isGreaterThanOrEqualTo(1.000 - TOLERANCE);
  }
}
