package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.UniversalDependencies;
import org.claimgraph.nlp.pos.PosTagger;
import org.claimgraph.training.PosTraining;
import org.junit.jupiter.api.Test;

class PosEvaluationTest {
  private static final Path UD =
      Path.of(System.getProperty("claimgraph.shared", "../shared"), "data", "ud-ewt");

  @Test
  void theTaggerTrainedOnEwtBeatsTheSparkNlpPerceptronItReplaced() {
    assertTrue(Files.isRegularFile(UD.resolve("en_ewt-ud-train.conllu")),
        "UD EWT not found under " + UD + " (set -Dclaimgraph.shared)");
    PosTagger tagger = PosTraining.train(UD.resolve("en_ewt-ud-train.conllu"),
        PosTraining.DEFAULT_ITERATIONS);

    PosEvaluation.PosScore viaSpark = PosEvaluation.evaluate(SparkTestSession.get(), tagger,
        UD.resolve("en_ewt-ud-test.conllu"));

    long correct = 0;
    long tokens = 0;
    for (UniversalDependencies.Sentence s : UniversalDependencies.read(UD.resolve("en_ewt-ud-test.conllu"))) {
      String[] tags = tagger.core().tag(s.words().stream().map(UniversalDependencies.Word::form).toList());
      for (int i = 0; i < tags.length; i++) {
        tokens++;
        correct += tags[i].equals(s.words().get(i).xpos()) ? 1 : 0;
      }
    }
    assertThat(viaSpark).isEqualTo(new PosEvaluation.PosScore(tokens, correct));
    assertThat(viaSpark.tokens()).isEqualTo(25094);
    // Spark NLP's PerceptronModel, trained on the same data, scored 93.52%.
    assertThat(viaSpark.accuracy()).isGreaterThan(0.94);
  }
}
