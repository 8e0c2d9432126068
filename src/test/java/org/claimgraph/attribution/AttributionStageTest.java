package org.claimgraph.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimgraph.SparkTestSession;
import java.sql.Date;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.nlp.NlpStages;
import org.claimgraph.tables.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionStageTest {
  private static final String TEXT = "Acme's chief Jane Doe spoke on Monday. "
      + "“We will not sell the plant,” she said. Sources close to the talks said a deal was near.";

  private static Dataset<Row> articles(SparkSession spark) {
    StructType schema = new StructType().add("article_id", DataTypes.StringType, false)
        .add("published", DataTypes.DateType, true).add("text", DataTypes.StringType, false);
    return spark.createDataFrame(List.of(RowFactory.create("a1", Date.valueOf("2016-10-01"), TEXT)), schema);
  }

  /** Without a POS model (not in the repo) the stage runs on tokens alone. */
  private static PipelineModel pipeline(SparkSession spark) {
    Transformer[] stages = {NlpStages.documentAssembler(), NlpStages.sentenceDetector(), NlpStages.tokenizer(spark),
        new AttributionStage()};
    return new PipelineModel(Identifiable$.MODULE$.randomUID("pipeline"), stages);
  }

  @Test
  void roundTripsThroughPipelineModelSaveAndLoad(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    PipelineModel model = pipeline(spark);
    String path = dir.resolve("pipeline").toString();
    model.write().overwrite().save(path);
    PipelineModel loaded = PipelineModel.load(path);
    assertThat(loaded.stages()[3]).isInstanceOf(AttributionStage.class);
    assertThat(((AttributionStage) loaded.stages()[3]).getOutputCol()).isEqualTo(AttributionStage.OUTPUT);

    List<Row> before = model.transform(articles(spark)).select(AttributionStage.OUTPUT).collectAsList();
    List<Row> after = loaded.transform(articles(spark)).select(AttributionStage.OUTPUT).collectAsList();
    assertThat(after).isEqualTo(before);
    List<Row> attributions = after.get(0).getList(0);
    assertThat(attributions).hasSize(2);
    Row quote = attributions.get(0);
    assertThat(quote.<String>getAs("cue_text")).isEqualTo("said");
    assertThat(quote.<String>getAs("source_text")).isEqualTo("she");
    assertThat(quote.<String>getAs("form")).isEqualTo("direct");
    int b = quote.getAs("content_begin");
    int e = quote.getAs("content_end");
    assertThat(TEXT.substring(b, e)).isEqualTo("“We will not sell the plant,”");
  }

  @Test
  void savesAndLoadsItsCueScorer(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    CueScorer scorer = CueScorerTraining.train(CueScorerTest.training(), AttributionExtractor.standard()).scorer();
    Transformer[] stages = {NlpStages.documentAssembler(), NlpStages.sentenceDetector(), NlpStages.tokenizer(spark),
        new AttributionStage(scorer)};
    PipelineModel model = new PipelineModel(Identifiable$.MODULE$.randomUID("pipeline"), stages);
    String path = dir.resolve("pipeline").toString();
    model.write().overwrite().save(path);
    PipelineModel loaded = PipelineModel.load(path);

    CueScorer reloaded = ((AttributionStage) loaded.stages()[3]).scorer();
    assertThat(reloaded).isNotNull();
    assertThat(reloaded.featureCount()).isEqualTo(scorer.featureCount());
    assertThat(reloaded.threshold()).isEqualTo(scorer.threshold());
    assertThat(loaded.transform(articles(spark)).select(AttributionStage.OUTPUT).collectAsList())
        .isEqualTo(model.transform(articles(spark)).select(AttributionStage.OUTPUT).collectAsList());
    assertThat(((AttributionStage) loaded.stages()[3]).copy(new org.apache.spark.ml.param.ParamMap()).scorer())
        .isSameAs(reloaded);
  }

  @Test
  void claimsTableHasExactlyTheDeclaredColumns() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> claims = Claims.fromAnnotated(pipeline(spark).transform(articles(spark)), "run-1");
    assertThat(claims.columns()).containsExactly(Tables.CLAIMS.schema().fieldNames());
    List<Row> rows = claims.orderBy("content_begin").collectAsList();
    assertThat(rows).hasSize(2);
    Row first = rows.get(0);
    assertThat(first.<String>getAs("content_text")).isEqualTo("“We will not sell the plant,”");
    assertThat(first.<String>getAs("resolved_source_text")).isEqualTo("Jane Doe");
    assertThat(first.<String>getAs("claim_id")).hasSize(16);
    assertThat(first.<String>getAs("content_hash")).hasSize(64);
    assertThat(first.<String>getAs("run_id")).isEqualTo("run-1");
    assertThat(rows.get(1).<String>getAs("source_text")).isEqualTo("Sources close to the talks");
    assertThat(rows.get(1).<String>getAs("source_kind")).isEqualTo("unnamed");
  }
}
