package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Runs the hand-labelled actor merge evaluation when the shared news file is beside the project. */
class ActorEvaluationTest {
  static Path news() {
    return Paths.get(System.getProperty("claimgraph.shared", "../shared"), "data", "news", "allsides-10k.jsonl.gz");
  }

  @Test
  void resolutionMeetsTheMergeTargetsOnHandLabelledNews() {
    assertTrue(Files.exists(news()), "shared news corpus not found beside the project");
    var spark = SparkTestSession.get();
    ActorEvaluation.Scores plain = ActorEvaluation.evaluateAndPrint(spark, news().toString(), null, "built-in rules");
    ActorEvaluation.Scores withOverrides = ActorEvaluation.evaluateAndPrint(spark, news().toString(),
        ActorResolution.readOverridesCsv(spark, "jobs/conf/actor-aliases.csv"), "with jobs/conf/actor-aliases.csv");
    assertThat(plain.mentions()).isGreaterThan(200);
    assertThat(plain.all().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(plain.all().recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(withOverrides.all().precision()).isGreaterThanOrEqualTo(0.95);
  }
}
