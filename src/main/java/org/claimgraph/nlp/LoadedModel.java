package org.claimgraph.nlp;

import org.apache.spark.ml.PipelineModel;

/** A pipeline ready to annotate articles, with the manifest it was verified against. */
public record LoadedModel(ModelManifest manifest, PipelineModel pipeline, String location, double loadSeconds) {

  /** The pipeline's stage of the given class; a clear error when the model has none. */
  public <T extends org.apache.spark.ml.Transformer> T stage(Class<T> type) {
    return java.util.Arrays.stream(pipeline.stages()).filter(type::isInstance).map(type::cast).findFirst()
        .orElseThrow(() -> org.claimgraph.ClaimgraphException.of("Model " + manifest.id() + " has no "
                + type.getSimpleName() + " stage.", "The command needs that stage.",
            "Use a model written by `claimgraph train`, or --models default."));
  }

  public boolean has(Class<? extends org.apache.spark.ml.Transformer> type) {
    return java.util.Arrays.stream(pipeline.stages()).anyMatch(type::isInstance);
  }

  /** What the runs table records: which model ran, and which exact files. */
  public String describe() {
    return manifest.id() + " @ " + location + " (" + manifest.files.size() + " files verified)";
  }
}
