package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.NlpStages;
import org.claimgraph.nlp.pos.PosTagger;
import org.claimgraph.training.DependencyTraining;
import org.claimgraph.training.PosTraining;
import org.junit.jupiter.api.Test;

class DependencyEvaluationTest {
  @Test
  void scoresEveryGoldWordOfTheTreebank() throws URISyntaxException {
    SparkSession spark = SparkTestSession.get();
    Path tiny = Paths.get(getClass().getResource("/ud/tiny.conllu").toURI());
    PosTagger pos = PosTraining.train(tiny, 3);
    DependencyParserModel parser = DependencyTraining.train(spark, tiny, 5);

    DependencyScores scores = DependencyEvaluation.evaluate(spark, pos, parser, tiny);
    // 12 sentences, 101 syntactic words (no multiword token, no empty node), 16 of them punct.
    assertThat(scores.sentences()).isEqualTo(12);
    assertThat(scores.words()).isEqualTo(101);
    assertThat(scores.wordsWithoutPunctuation()).isEqualTo(101 - 16);
    // Scored on its own training trees, the parser should get most heads.
    assertThat(scores.uas()).isGreaterThan(0.5);

    // The same through a fitted pipeline: its POS and parser stages are picked out.
    var data = spark.sql("SELECT 'One line.' AS text");
    PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {
        NlpStages.documentAssembler(), NlpStages.sentenceDetector(), NlpStages.tokenizer(spark),
        pos, parser}).fit(data);
    assertThat(DependencyEvaluation.evaluate(spark, pipeline, tiny)).isEqualTo(scores);
  }
}
