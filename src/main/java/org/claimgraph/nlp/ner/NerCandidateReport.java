package org.claimgraph.nlp.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.claimgraph.quality.NerEvaluation;

/**
 * Trains the candidate model with the default (best on dev) settings, saves the Spark stage and
 * prints the figures a release needs: dev/test scores through Spark, size, load time, and
 * tagging speed of the core and of the Spark pipeline on news text.
 *
 * <pre>NerCandidateReport OUTPUT_DIR [SHARED_DATA_ROOT (default ../shared/data)]</pre>
 */
public final class NerCandidateReport {
  private NerCandidateReport() {}

  public static void main(String[] args) throws Exception {
    Path output = Path.of(args[0]).toAbsolutePath();
    Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
    Path conll = data.resolve("conll2003");
    long start = System.nanoTime();
    NerTaggerCore core = NerTrainer.train(conll.resolve("eng.train"), conll.resolve("eng.testa"),
        NerExperiment.newsFiles(data), NerTrainingOptions.defaults());
    System.out.printf("training (clusters included): %.0f s%n", secondsSince(start));

    SparkSession spark = SparkSession.builder().master("local[2]").appName("ner-candidate")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    new NerTagger(core).write().overwrite().save(output.toString());
    System.out.printf("saved %s: %d bytes%n", output, directorySize(output));
    start = System.nanoTime();
    NerTagger tagger = NerTagger.load(output.toString());
    System.out.printf("load: %.2f s%n", secondsSince(start));

    for (String split : List.of("eng.testa", "eng.testb")) {
      System.out.println(split + " through Spark:\n"
          + NerEvaluation.evaluate(spark, tagger, conll.resolve(split).toString()).report());
    }
    List<List<List<String>>> articles = newsArticles(data, 2000);
    measureCore(tagger.core(), articles);
    measureSpark(spark, tagger, data);
    spark.stop();
  }

  private static void measureCore(NerTaggerCore core, List<List<List<String>>> articles) {
    long tokens = articles.stream().flatMap(List::stream).mapToLong(List::size).sum();
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (List<List<String>> article : articles) {
        core.tagIndices(article);
      }
      System.out.printf("core, one thread: %d tokens in %.2f s = %.0f tokens/s%n", tokens,
          secondsSince(start), tokens / secondsSince(start));
    }
  }

  /** The same news through sentence splitting, tokenising and tagging, with and without us. */
  private static void measureSpark(SparkSession spark, NerTagger tagger, Path data) {
    List<String> texts = new ArrayList<>();
    NewsText.forEachRawText(NerExperiment.newsFiles(data).subList(1, 2), text -> {
      if (texts.size() < 400) {
        texts.add(text);
      }
    });
    Dataset<Row> input = spark.createDataset(texts, Encoders.STRING()).toDF("text")
        .repartition(2).cache();
    input.count();
    PipelineModel withoutNer = pipeline(null).fit(input);
    PipelineModel withNer = pipeline(tagger).fit(input);
    long tokens = withoutNer.transform(input).select(functions.sum(functions.size(
        functions.col("token")))).first().getLong(0);
    long sentences = withoutNer.transform(input).select(functions.sum(functions.size(
        functions.col("sentence")))).first().getLong(0);
    for (int round = 0; round < 2; round++) {
      double base = time(() -> withoutNer.transform(input).write().format("noop")
          .mode("overwrite").save());
      double full = time(() -> withNer.transform(input).write().format("noop")
          .mode("overwrite").save());
      System.out.printf("spark local[2], %d articles, %d sentences, %d tokens: "
          + "split+tokenize %.1f s (%.0f tok/s); +NER %.1f s (%.0f tok/s)%n", texts.size(),
          sentences, tokens, base, tokens / base, full, tokens / full);
    }
  }

  private static Pipeline pipeline(NerTagger tagger) {
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

  /** News articles split into pseudo-sentences at full stops, for core timing. */
  private static List<List<List<String>>> newsArticles(Path data, int limit) {
    List<List<List<String>>> articles = new ArrayList<>();
    NewsText.forEachArticle(NerExperiment.newsFiles(data).subList(0, 1), tokens -> {
      if (articles.size() >= limit) {
        return;
      }
      List<List<String>> sentences = new ArrayList<>();
      List<String> sentence = new ArrayList<>();
      for (String token : tokens) {
        sentence.add(token);
        if (token.equals(".")) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
        }
      }
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
      articles.add(sentences);
    });
    return articles;
  }

  private static double time(Runnable action) {
    long start = System.nanoTime();
    action.run();
    return secondsSince(start);
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long directorySize(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
