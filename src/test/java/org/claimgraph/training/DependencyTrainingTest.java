package org.claimgraph.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.NlpStages;
import org.claimgraph.nlp.UniversalDependencies;
import org.claimgraph.nlp.pos.PosTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyTrainingTest {
  private static SparkSession spark;
  private static Path tiny;
  private static PosTagger pos;
  private static DependencyParserModel parser;

  static Path tinyTreebank() {
    try {
      return Paths.get(DependencyTrainingTest.class.getResource("/ud/tiny.conllu").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void train() {
    spark = SparkTestSession.get();
    tiny = tinyTreebank();
    pos = PosTraining.train(tiny, 3);
    parser = DependencyTraining.train(spark, tiny, 3);
  }

  @Test
  void cleanTreebankKeepsOnlySyntacticWords() {
    List<UniversalDependencies.Sentence> gold = UniversalDependencies.read(tiny);
    assertThat(gold).hasSize(12);
    Path clean = DependencyTraining.writeCleanConllU(gold);
    List<UniversalDependencies.Sentence> reread = UniversalDependencies.read(clean);
    assertThat(reread).isEqualTo(gold);
    // Multiword "cannot" is gone, its words "can" and "not" stay; the empty node 4.1 is gone.
    assertThat(reread.get(2).words()).extracting(UniversalDependencies.Word::form)
        .contains("can", "not").doesNotContain("cannot");
    assertThat(reread.get(5).words()).hasSize(5);
  }

  @Test
  void fullPipelineRoundTripsAndHeadsEveryToken(@TempDir Path dir) throws Exception {
    parser.setInputCols(new String[] {NlpColumns.SENTENCE, NlpColumns.POS, NlpColumns.TOKEN});
    pos.setInputCols(NlpColumns.DOCUMENT, NlpColumns.TOKEN);
    pos.setOutputCol(NlpColumns.POS);
    Dataset<Row> articles = spark.sql("SELECT * FROM VALUES "
        + "('The minister said on Monday that taxes would rise.'), "
        + "('Police arrested two men. The mayor told reporters that the bridge was safe.'), "
        + "('Investors sold shares after the storm killed ten people in Paris last month.') "
        + "AS t(text)");
    PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {
        NlpStages.documentAssembler(), NlpStages.sentenceDetector(), NlpStages.tokenizer(spark),
        pos, parser}).fit(articles);
    List<Row> before = heads(pipeline.transform(articles));

    String path = dir.resolve("pipeline").toString();
    pipeline.write().overwrite().save(path);
    PipelineModel loaded = PipelineModel.load(path);
    Dataset<Row> out = loaded.transform(articles);
    List<Row> after = heads(out);

    assertThat(after).isEqualTo(before);
    for (Row r : out.selectExpr(NlpColumns.TOKEN, NlpColumns.DEPENDENCY, NlpColumns.SENTENCE)
        .collectAsList()) {
      List<Row> tokens = r.getList(0);
      List<Row> deps = r.getList(1);
      assertThat(deps).hasSameSizeAs(tokens);
      for (int i = 0; i < tokens.size(); i++) {
        Row t = tokens.get(i);
        Row d = deps.get(i);
        assertThat(d.<Integer>getAs("begin")).isEqualTo(t.<Integer>getAs("begin"));
        assertThat(d.<Integer>getAs("end")).isEqualTo(t.<Integer>getAs("end"));
        scala.collection.Map<String, String> meta = d.getMap(4);
        String sentence = meta.get("sentence").get();
        int wordsInSentence = (int) tokens.stream()
            .filter(x -> sentence.equals(x.<String, String>getMap(4).get("sentence").get()))
            .count();
        int head = Integer.parseInt(meta.get("head").get());
        assertThat(head).isBetween(0, wordsInSentence);
      }
    }
  }

  private static List<Row> heads(Dataset<Row> annotated) {
    return annotated.selectExpr(
        "transform(" + NlpColumns.DEPENDENCY + ", d -> d.metadata['head']) AS heads").collectAsList();
  }
}
