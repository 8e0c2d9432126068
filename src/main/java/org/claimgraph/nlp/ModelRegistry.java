package org.claimgraph.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;

/**
 * Turns a {@code --models} value into a loaded, verified pipeline: {@code default} (the model
 * committed with claimgraph), a directory (local path, hdfs://, s3a://) written by
 * {@code claimgraph train}, or {@code pretrained:NAME} for a Spark NLP pretrained pipeline (needs
 * network; resolved only when asked for).
 */
public final class ModelRegistry {
  private ModelRegistry() {}

  public static final String DEFAULT = "default";
  public static final String DEFAULT_MODEL = "claimgraph-en-0.6.0";
  private static final String PRETRAINED = "pretrained:";

  public static LoadedModel load(SparkSession spark, String spec) {
    if (spec == null || spec.isBlank() || spec.equals(DEFAULT)) {
      return loadDirectory(spark, defaultModelDir().toString());
    }
    if (spec.startsWith(PRETRAINED)) {
      return loadPretrained(spec.substring(PRETRAINED.length()));
    }
    return loadDirectory(spark, spec);
  }

  /** The committed default model: under the claimgraph home (set by the launcher) or the working directory. */
  public static Path defaultModelDir() {
    String home = System.getProperty("claimgraph.home", System.getenv().getOrDefault("CLAIMGRAPH_HOME", "."));
    Path dir = Paths.get(home, "models", DEFAULT_MODEL).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw ClaimgraphException.of("The default model " + DEFAULT_MODEL + " is not at " + dir + ".",
          "claimgraph looks for it under models/ in its home directory (the repository checkout).",
          "Run from the repository with jobs/claimgraph, set CLAIMGRAPH_HOME to the checkout, or pass "
              + "--models with the model directory (on a cluster: copy models/" + DEFAULT_MODEL
              + " to HDFS/S3 and pass that URI).");
    }
    return dir;
  }

  private static LoadedModel loadDirectory(SparkSession spark, String dir) {
    long start = System.nanoTime();
    ModelManifest manifest = ModelManifest.readVerified(dir, spark.sparkContext().hadoopConfiguration());
    PipelineModel pipeline = PipelineModel.load(new org.apache.hadoop.fs.Path(dir, "pipeline").toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    return new LoadedModel(manifest, pipeline, dir, seconds);
  }

  private static LoadedModel loadPretrained(String name) {
    try {
      Object pipeline = com.johnsnowlabs.nlp.pretrained.ResourceDownloader
          .downloadPipeline(name, scala.Option.apply("en"), "public/models");
      ModelManifest manifest = new ModelManifest();
      manifest.name = "pretrained:" + name;
      manifest.version = "online";
      return new LoadedModel(manifest, (PipelineModel) pipeline, PRETRAINED + name, 0);
    } catch (RuntimeException | LinkageError e) {
      throw ClaimgraphException.of("Could not download the Spark NLP pretrained pipeline '" + name + "'.",
          "Pretrained models come from John Snow Labs' servers, which this machine cannot reach ("
              + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
          "Use --models default (the model shipped with claimgraph) or a directory written by "
              + "`claimgraph train`; online users can pre-download the pipeline and pass its directory.", e);
    }
  }
}
