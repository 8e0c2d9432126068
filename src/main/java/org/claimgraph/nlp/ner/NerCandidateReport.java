package org.claimgraph.nlp.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.quality.NerEvaluation;

/**
 * Trains the candidate model with the default (best on dev) settings, saves the Spark stage and
 * prints the figures a release needs: dev/test scores through Spark (dev is not held out when
 * the defaults train the final model on train+dev; the tuning run logs the held-out dev F1), size, load time, and
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
    NerSparkBenchmark.run(spark, tagger, data, 500, 2);
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

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long directorySize(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
