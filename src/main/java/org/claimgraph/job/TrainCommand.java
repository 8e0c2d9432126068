package org.claimgraph.job;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.nlp.ModelManifest;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.training.ModelTraining;
import org.claimgraph.training.PosTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Trains the POS and NER models and the attribution cue scorer from the open corpora",
        "and writes a model directory (saved pipeline, manifest.json with metrics and SHA-256 per file,",
        "MODEL_CARD.md)."})
final class TrainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Model directory to write. Default: models/" + ModelRegistry.DEFAULT_MODEL + " in the checkout.")
  String out;

  @Option(names = "--pos-iterations", paramLabel = "N", defaultValue = "" + PosTraining.DEFAULT_ITERATIONS,
      description = "Training passes of the POS tagger over UD EWT train. Default: ${DEFAULT-VALUE}.")
  int posIterations;

  @Option(names = "--dependency-iterations", paramLabel = "N", defaultValue = "0",
      description = {"Also train Spark NLP's dependency parser on UD EWT with N passes (10 reaches ~74.6%% UAS).",
          "Default ${DEFAULT-VALUE}: left out, because the parser alone is 60-75 MB, over the committed model's budget."})
  int dependencyIterations;

  @Option(names = "--no-clusters", description = "Do not learn word clusters from the news corpus (faster, less accurate).")
  boolean noClusters;

  @Option(names = "--clusters-cache", paramLabel = "FILE",
      description = {"Keep the Brown word clusters in FILE: read it if it exists, else compute and write it.",
          "Clustering the news takes 10-20 minutes on 2 cores; the rest of NER training about one."})
  Path clustersCache;

  @Option(names = "--taggers-from", paramLabel = "DIR",
      description = {"Keep the POS and NER taggers of this model directory instead of training them again",
          "(they learn from gold tokens, so a tokenizer or attribution change does not touch them);",
          "the cue scorer is trained and everything measured as usual."})
  String taggersFrom;

  @Override
  public Integer call() {
    String home = System.getProperty("claimgraph.home", ".");
    String target = out != null ? out : Path.of(home, "models", ModelRegistry.DEFAULT_MODEL).toString();
    String version = ModelRegistry.DEFAULT_MODEL.substring(ModelRegistry.DEFAULT_MODEL.lastIndexOf('-') + 1);
    JobConfig config = common.config();
    SparkSession spark = CommonOptions.session("train", config);
    long start = System.nanoTime();
    ModelManifest manifest;
    try {
      manifest = ModelTraining.train(spark, new ModelTraining.Options(config.data(), target,
          "claimgraph-en", version, posIterations, !noClusters, clustersCache, dependencyIterations,
          taggersFrom));
    } finally {
      spark.stop();
    }
    System.out.printf("trained %s in %.0f s → %s%n", manifest.id(), (System.nanoTime() - start) / 1e9, target);
    manifest.metrics.forEach((k, v) -> System.out.printf("  %-32s %s%n", k, v));
    return 0;
  }
}
