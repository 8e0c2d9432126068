package org.claimgraph.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.NlpStages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosTaggerSparkTest {
  private static final List<String> TEXTS = List.of(
      "The minister said on Monday that taxes would rise. Police arrested two men in Paris.",
      "Her spokesman said the case was closed.");

  @Test
  void givesEveryTokenOnePosAnnotationAndRoundTrips(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> input = spark.createDataset(TEXTS, Encoders.STRING()).toDF("text");
    PosTagger tagger = PosTagger.KIND.create(PosTrainer.train(PosTaggerCoreTest.tinyTreebank(), 10, 1L));
    tagger.setInputCols(NlpColumns.DOCUMENT, NlpColumns.TOKEN);
    tagger.setOutputCol(NlpColumns.POS);
    PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {
        NlpStages.documentAssembler(), NlpStages.sentenceDetector(), NlpStages.tokenizer(spark),
        tagger}).fit(input);
    String saved = dir.resolve("pipeline").toString();
    fitted.write().overwrite().save(saved);

    Dataset<Row> tagged = PipelineModel.load(saved).transform(input);

    assertThat(tagged.schema().apply(NlpColumns.POS).metadata().getString("annotatorType"))
        .isEqualTo("pos");
    Row check = tagged.selectExpr(
        "sum(size(token)) AS tokens",
        "sum(size(pos)) AS tags",
        "sum(aggregate(zip_with(token, pos, (t, p) -> IF(t.begin = p.begin AND t.end = p.end"
            + " AND p.metadata['word'] = t.result"
            + " AND p.metadata['sentence'] = t.metadata['sentence'], 0, 1)), 0, (a, x) -> a + x))"
            + " AS misaligned").first();
    assertThat(check.getLong(0)).isEqualTo(25);
    assertThat(check.getLong(1)).isEqualTo(25);
    assertThat(check.getLong(2)).isZero();
    List<String> first = tagged.selectExpr("transform(pos, p -> p.result)").first().getList(0);
    // Words of the training sentences keep their treebank tags in running text.
    assertThat(first.subList(0, 4)).containsExactly("DT", "NN", "VBD", "IN");
  }
}
