package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.SharedCorpora;
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

/** NER on CoNLL-2003: the Spark path against the core, and the default model against its published figures. */
class NerEvaluationIT {
  /** The committed model and the test file are fixed; this is room for rounding, in F1 points. */
  private static final double TOLERANCE = 0.05;

  @Test
  void sparkEvaluationAgreesWithTheCoreOnARealConllFile() {
    Path conll = SharedCorpora.require("conll2003");
    // A small model (40 training documents, a few seconds) is enough to compare the two paths.
    List<LabeledDocument> train = ConllReader.read(conll.resolve("eng.train")).subList(0, 40);
    List<LabeledDocument> dev = ConllReader.read(conll.resolve("eng.testa")).subList(0, 10);
    NerTrainingOptions defaults = NerTrainingOptions.defaults();
    NerTrainingOptions quick = new NerTrainingOptions(defaults.features(), 5, 2, 1, 2,
        defaults.seed());
    NerTaggerCore core = NerTrainer.train(train, dev, quick);

    NerScores direct = NerTrainer.evaluate(core, conll.resolve("eng.testb"));
    NerScores viaSpark = NerEvaluation.evaluate(SparkTestSession.get(), NerTagger.KIND.create(core),
        conll.resolve("eng.testb").toString());

    assertThat(viaSpark.overall().gold()).isEqualTo(5648);
    assertThat(viaSpark.tokens()).isEqualTo(46435);
    assertThat(viaSpark.overall()).isEqualTo(direct.overall());
    assertThat(viaSpark.f1()).isGreaterThan(40);
  }

  @Test
  void committedDefaultModelKeepsItsPublishedConllTestFigures() {
    Path conll = SharedCorpora.require("conll2003");
    NerTagger tagger = ModelRegistry.load(SparkTestSession.get(), ModelRegistry.DEFAULT)
        .stage(NerTagger.class);

    NerScores scores = NerEvaluation.evaluate(SparkTestSession.get(), tagger,
        conll.resolve("eng.testb").toString());

    System.out.println(scores.report());
    // The README's figures, printed by `jobs/claimgraph eval ner`.
    assertThat(scores.f1()).isGreaterThanOrEqualTo(89.05 - TOLERANCE);
    assertThat(scores.f1("PER")).isGreaterThanOrEqualTo(94.44 - TOLERANCE);
    assertThat(scores.f1("LOC")).isGreaterThanOrEqualTo(91.30 - TOLERANCE);
    assertThat(scores.f1("ORG")).isGreaterThanOrEqualTo(84.69 - TOLERANCE);
    assertThat(scores.f1("MISC")).isGreaterThanOrEqualTo(81.35 - TOLERANCE);
  }
}
