package org.claimgraph.nlp;

import org.apache.spark.ml.PipelineModel;

/** A pipeline ready to annotate articles, with the manifest it was verified against. */
public record LoadedModel(ModelManifest manifest, PipelineModel pipeline, String location, double loadSeconds) {

  /** What the runs table records: which model ran, and which exact files. */
  public String describe() {
    return manifest.id() + " @ " + location + " (" + manifest.files.size() + " files verified)";
  }
}
