package org.claimgraph.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.quality.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prints the model's load time and the annotation throughput (tokens/s) on real news.",
        "Stages are timed cumulatively: sentence+token, +POS, +NER, +chunks, so each stage's cost shows."})
final class BenchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--input", paramLabel = "FILE",
      description = "JSON Lines news with a text field. Default: news/allsides-10k.jsonl.gz under --data.")
  Path input;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to annotate. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "2", description = "Timed passes (best is kept). Default: ${DEFAULT-VALUE}.")
  int repeats;

  @Override
  public Integer call() {
    JobConfig config = common.config();
    Path news = input != null ? input : config.data().resolve("news").resolve("allsides-10k.jsonl.gz");
    SparkSession spark = CommonOptions.session("bench", config);
    try {
      print(spark, config.models(), news);
    } finally {
      spark.stop();
    }
    return 0;
  }

  private void print(SparkSession spark, String models, Path news) {
    LoadedModel model = ModelRegistry.load(spark, models);
    int partitions = 2 * spark.sparkContext().defaultParallelism();
    System.out.printf("model %s loaded (verified and deserialised) in %.1f s%n", model.manifest().id(),
        model.loadSeconds());
    String[] names = Arrays.stream(model.pipeline().stages()).map(s -> s.getClass().getSimpleName())
        .toArray(String[]::new);
    for (int stages = 3; stages <= names.length; stages++) {
      PipelineBenchmark.Result r = PipelineBenchmark.run(spark, model, news.toString(), articles, partitions,
          stages, repeats);
      System.out.printf("%-60s %8d tokens %6.1f s %8.0f tokens/s%n",
          String.join("+", Arrays.copyOfRange(names, 1, stages)), r.tokens(), r.seconds(), r.tokensPerSecond());
    }
  }
}
