package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.nlp.ner.ConllReader;
import org.claimgraph.nlp.ner.LabeledDocument;
import org.claimgraph.nlp.ner.NerTagger;
import org.claimgraph.nlp.ner.NerTaggerCore;
import org.claimgraph.nlp.ner.NerTrainer;
import org.claimgraph.nlp.ner.NerTrainingOptions;
import org.claimgraph.scoring.NerScores;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
  private static final Path CONLL =
      Path.of(System.getProperty("claimgraph.shared", "../shared"), "data", "conll2003");

  @Test
  void sparkEvaluationAgreesWithTheCoreOnARealConllFile() {
    assertTrue(Files.isRegularFile(CONLL.resolve("eng.testb")),
        "CoNLL-2003 not found under " + CONLL + " (set -Dclaimgraph.shared)");
    // A small model (40 training documents, a few seconds) is enough to compare the two paths.
    List<LabeledDocument> train = ConllReader.read(CONLL.resolve("eng.train")).subList(0, 40);
    List<LabeledDocument> dev = ConllReader.read(CONLL.resolve("eng.testa")).subList(0, 10);
    NerTrainingOptions defaults = NerTrainingOptions.defaults();
    NerTrainingOptions quick = new NerTrainingOptions(defaults.features(), 5, 2, 1, 2,
        defaults.seed());
    NerTaggerCore core = NerTrainer.train(train, dev, quick);

    NerScores direct = NerTrainer.evaluate(core, CONLL.resolve("eng.testb"));
    NerScores viaSpark = NerEvaluation.evaluate(SparkTestSession.get(), new NerTagger(core),
        CONLL.resolve("eng.testb").toString());

    assertThat(viaSpark.overall().gold()).isEqualTo(5648);
    assertThat(viaSpark.tokens()).isEqualTo(46435);
    assertThat(viaSpark.overall()).isEqualTo(direct.overall());
    assertThat(viaSpark.f1()).isGreaterThan(40);
  }

  @Test
  void committedDefaultModelBeatsTheIssueBarOnConllTest() {
    assertTrue(Files.isRegularFile(CONLL.resolve("eng.testb")),
        "CoNLL-2003 not found under " + CONLL + " (set -Dclaimgraph.shared)");
    NerTagger tagger = ModelRegistry.load(SparkTestSession.get(), ModelRegistry.DEFAULT)
        .stage(NerTagger.class);

    NerScores scores = NerEvaluation.evaluate(SparkTestSession.get(), tagger,
        CONLL.resolve("eng.testb").toString());

    System.out.println(scores.report());
    // Stanford CoreNLP's 4-class CRF, measured on this machine: 89.1 overall, PER 94.1, ORG 85.5
    assertThat(scores.f1()).isGreaterThanOrEqualTo(88.0);
    assertThat(scores.f1("PER")).isGreaterThanOrEqualTo(92.0);
    assertThat(scores.f1("ORG")).isGreaterThanOrEqualTo(84.0);
  }
}
