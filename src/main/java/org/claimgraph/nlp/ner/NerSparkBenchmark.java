package org.claimgraph.nlp.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Tagging speed in Spark (local[2]) on news articles: the NerTagger stage alone on cached
 * tokens, and DocumentAssembler → SentenceDetector → Tokenizer → NerTagger end to end. Each is
 * run {@code rounds} times; later rounds are warm.
 *
 * <pre>NerSparkBenchmark MODEL_DIR [SHARED_DATA_ROOT] [ARTICLES (500)] [ROUNDS (3)]</pre>
 */
public final class NerSparkBenchmark {
  private NerSparkBenchmark() {}

  public static void main(String[] args) {
    String modelDir = Path.of(args[0]).toAbsolutePath().toString();
    Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
    int articles = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    SparkSession spark = SparkSession.builder().master("local[2]").appName("ner-benchmark")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    run(spark, NerTagger.load(modelDir), data, articles, rounds);
    spark.stop();
  }

  static void run(SparkSession spark, NerTagger tagger, Path data, int articles, int rounds) {
    List<String> texts = new ArrayList<>();
    NewsText.forEachRawText(NerExperiment.newsFiles(data).subList(0, 1), text -> {
      if (texts.size() < articles) {
        texts.add(text);
      }
    });
    Dataset<Row> input = spark.createDataset(texts, Encoders.STRING()).toDF("text")
        .repartition(4).cache();
    input.count();
    PipelineModel tokenize = pipeline(null).fit(input);
    PipelineModel full = pipeline(tagger).fit(input);
    Dataset<Row> tokens = tokenize.transform(input).cache();
    long tokenCount = tokens.select(functions.sum(functions.size(functions.col("token"))))
        .first().getLong(0);
    for (int round = 1; round <= rounds; round++) {
      double stage = time(() -> tagger.transform(tokens).write().format("noop")
          .mode("overwrite").save());
      double base = time(() -> tokenize.transform(input).write().format("noop")
          .mode("overwrite").save());
      double all = time(() -> full.transform(input).write().format("noop")
          .mode("overwrite").save());
      System.out.printf("round %d, %d articles, %d tokens: NerTagger alone %.2f s = %.0f tok/s;"
          + " sentence+token %.2f s = %.0f tok/s; sentence+token+NER %.2f s = %.0f tok/s%n",
          round, texts.size(), tokenCount, stage, tokenCount / stage, base, tokenCount / base,
          all, tokenCount / all);
    }
    tokens.unpersist();
    input.unpersist();
  }

  static Pipeline pipeline(NerTagger tagger) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    List<PipelineStage> stages = new ArrayList<>(List.of(document, sentences, tokenizer));
    if (tagger != null) {
      stages.add(tagger);
    }
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }

  private static double time(Runnable action) {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
