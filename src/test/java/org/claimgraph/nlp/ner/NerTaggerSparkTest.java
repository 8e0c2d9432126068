package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTaggerSparkTest {
  private static final List<String> TEXTS = List.of(
      "Peter Miller visited Berlin on Monday. Mary Jones works for Acme Corp in Paris.",
      "Police in London arrested John Smith.");

  @Test
  void tagsSparkNlpTokensRoundTripsAndFeedsNerConverter(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> input = spark.createDataset(TEXTS, Encoders.STRING()).toDF("text");
    PipelineModel fitted = pipeline().fit(input);
    String saved = dir.resolve("pipeline").toString();
    fitted.write().overwrite().save(saved);
    assertThat(Files.exists(dir.resolve("pipeline/stages"))).isTrue();
    PipelineModel loaded = PipelineModel.load(saved);

    Dataset<Row> tagged = loaded.transform(input);
    assertThat(tagged.schema().apply("ner").metadata().getString("annotatorType"))
        .isEqualTo("named_entity");
    Row first = tagged.select(functions.col("ner")).first();
    List<Row> ner = first.getList(0);
    Row peter = ner.get(0);
    assertThat(peter.getString(peter.fieldIndex("result"))).isEqualTo("B-PER");
    assertThat(peter.getInt(peter.fieldIndex("begin"))).isZero();
    assertThat(peter.getInt(peter.fieldIndex("end"))).isEqualTo(4);
    assertThat(peter.<String, String>getJavaMap(peter.fieldIndex("metadata")))
        .containsEntry("word", "Peter").containsEntry("sentence", "0");

    List<String> chunks = tagged
        .select(functions.explode(functions.col("ner_chunk")).as("chunk"))
        .select(functions.concat(functions.col("chunk.result"), functions.lit("/"),
            functions.col("chunk.metadata").getItem("entity")))
        .as(Encoders.STRING()).collectAsList();
    assertThat(chunks).contains("Peter Miller/PER", "Berlin/LOC", "Mary Jones/PER",
        "Acme Corp/ORG", "Paris/LOC", "London/LOC", "John Smith/PER");
  }

  @Test
  void copiesParamsAndKeepsInputColumnNames() {
    NerTagger tagger = NerTagger.KIND.create(TinyCorpus.train()).setInputCols("doc", "tok");
    NerTagger copy = tagger.copy(new org.apache.spark.ml.param.ParamMap());
    assertThat(copy.uid()).isEqualTo(tagger.uid());
    assertThat(copy.getOrDefault(copy.inputCols())).containsExactly("doc", "tok");
  }

  private static Pipeline pipeline() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    NerTagger ner = NerTagger.KIND.create(TinyCorpus.train()).setInputCols("document", "token");
    NerConverter converter = new NerConverter();
    converter.setInputCols(new String[] {"document", "token", "ner"});
    converter.setOutputCol("ner_chunk");
    return new Pipeline().setStages(
        new PipelineStage[] {document, sentences, tokenizer, ner, converter});
  }
}
