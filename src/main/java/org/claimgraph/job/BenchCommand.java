package org.claimgraph.job;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.job.bench.WholeJobBenchmark;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.quality.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prints the model's load time and the annotation throughput (tokens/s) on real news.",
        "Stages are timed cumulatively: sentence+token, +POS, +NER, +chunks, so each stage's cost shows.",
        "With --whole it times the whole job instead (see --whole)."})
final class BenchCommand implements Callable<Integer> {
  private static final List<String> WHOLE_ONLY = List.of("--sizes", "--cores", "--report-dir");
  private static final List<String> NOT_WHOLE = List.of("--articles", "--repeats", "--master", "--output");

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "FILE",
      description = "JSON Lines news (plain or .gz) with a text field. Default: news/allsides-10k.jsonl.gz under --data.")
  Path input;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles to annotate. Default: ${DEFAULT-VALUE}.")
  int articles;

  @Option(names = "--repeats", paramLabel = "N", defaultValue = "2", description = "Timed passes (best is kept). Default: ${DEFAULT-VALUE}.")
  int repeats;

  @Option(names = "--whole", description = {"Time the whole job (ingest, NLP, attribution, actors, graph, tables, "
      + "commit) instead: for each --sizes N and --cores C, `run --master local[C]` in a fresh JVM on the first N "
      + "lines of --input into a fresh empty output. Prints per run the wall time, JVM start, Spark start, model "
      + "load and every stage, tokens/s and articles/s, peak heap and peak resident memory, shuffle and output "
      + "bytes, then the largest/smallest size time ratio and the speed-up of the most cores over the fewest; "
      + "writes them as JSON and an SVG chart into --report-dir. --models and --config are passed on to run; "
      + "--master, --output, --articles and --repeats do not apply."})
  boolean whole;

  @Option(names = "--sizes", paramLabel = "N,N", split = ",",
      description = "With --whole: article counts to run. Default: 1000,2000,5000.")
  List<Integer> sizes;

  @Option(names = "--cores", paramLabel = "C,C", split = ",",
      description = "With --whole: local cores to run each size on. Default: 1,2.")
  List<Integer> cores;

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "With --whole: where bench-whole.json, bench-whole.svg and the runs' logs go. "
          + "Default: a new claimgraph-bench-whole-TIME folder in the temp directory.")
  Path reportDir;

  @Override
  public Integer call() {
    checkOptionsApply();
    JobConfig config = common.config();
    Path news = input != null ? input : config.data().resolve("news").resolve("allsides-10k.jsonl.gz");
    if (whole) {
      WholeJobBenchmark.run(wholeSettings(config, news), System.out);
      return 0;
    }
    SparkSession spark = CommonOptions.session("bench", config);
    try {
      print(spark, config.models(), news);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** An option the chosen benchmark would ignore is refused, so a figure is never taken for what it is not. */
  private void checkOptionsApply() {
    for (String option : whole ? NOT_WHOLE : WHOLE_ONLY) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(spec.commandLine(), option + (whole ? " does not apply to bench --whole"
            : " applies only to bench --whole") + " (see claimgraph bench --help).");
      }
    }
    List<Integer> all = new ArrayList<>(sizes == null ? List.of() : sizes);
    all.addAll(cores == null ? List.of() : cores);
    if (all.stream().anyMatch(n -> n < 1)) {
      throw new ParameterException(spec.commandLine(), "--sizes and --cores take whole numbers of at least 1.");
    }
  }

  private WholeJobBenchmark.Settings wholeSettings(JobConfig config, Path news) {
    List<String> runOptions = new ArrayList<>(List.of("--models", config.models()));
    if (common.config != null) {
      runOptions.addAll(List.of("--config", common.config.toAbsolutePath().toString()));
    }
    Path report = reportDir != null ? reportDir : Path.of(System.getProperty("java.io.tmpdir"), "claimgraph-bench-whole-"
        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC)));
    return new WholeJobBenchmark.Settings(news, sizes != null ? sizes : List.of(1000, 2000, 5000),
        cores != null ? cores : List.of(1, 2), report, runOptions);
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
