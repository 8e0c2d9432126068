package org.claimgraph.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.claimgraph.nlp.ModelManifest;

/** The human-readable card written next to every model's manifest. */
final class ModelCard {
  private ModelCard() {}

  static String render(ModelManifest manifest, String nerReport, String posReport, String attributionReport,
      long bytes) {
    StringBuilder card = new StringBuilder();
    card.append("# Model card: ").append(manifest.id()).append("\n\n")
        .append("Written by `jobs/claimgraph train` on ").append(manifest.created)
        .append(". Every figure below was measured by that command; re-measure with `jobs/claimgraph eval ner`"
            + ", `jobs/claimgraph eval pos --models <this directory>` and `jobs/claimgraph eval attribution"
            + " --gold ../shared/data/polnear/dev --models <this directory>`.\n\n")
        .append("## What it is\n\nOne Spark ML `PipelineModel` (`pipeline/`): Spark NLP DocumentAssembler → "
            + "SentenceDetector → Tokenizer → claimgraph PosTagger (Penn tags) → claimgraph NerTagger → NerConverter "
            + "(column `entities`: PER, ORG, LOC, MISC chunks) → claimgraph AttributionStage (column `attributions`).\n\n")
        .append("## Training\n\n");
    for (Map.Entry<String, Object> e : manifest.training.entrySet()) {
      card.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    card.append("\n## Metrics\n\n| metric | value |\n|---|---|\n");
    manifest.metrics.forEach((k, v) -> card.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    card.append("\nNER on CoNLL-2003 test (eng.testb), exact spans and types, conlleval semantics:\n\n```\n")
        .append(nerReport).append("\n```\n\nPOS on UD English EWT test (gold words): ").append(posReport)
        .append("\n\nAttribution on PolNeAR dev (definitions in the README):\n\n```\n")
        .append(attributionReport.strip()).append("\n```")
        .append("\n\n## Size\n\n").append(String.format("%.1f MB on disk, %d files hashed in manifest.json.",
            bytes / 1e6, manifest.files.size()))
        .append("\n\n## Data and licences\n\nCoNLL-2003 (Reuters RCV1, research use), UD English EWT "
            + "(CC BY-SA 4.0), PolNeAR train (research and evaluation data with no stated licence; the cue scorer keeps "
            + "only 64-bit hashes of its features and their weights), AllSides news (word clusters only; Apache-2.0 "
            + "dataset grant, texts owned by "
            + "their outlets). No text of these corpora is stored in the model beyond word lists and weights.\n")
        .append('\n').append(tuningHistory());
    return card.toString();
  }

  /** How the settings were chosen: one text for every card, kept beside the code it describes. */
  static String tuningHistory() {
    try (InputStream in = ModelCard.class.getResourceAsStream("/model/tuning-history.md")) {
      if (in == null) {
        throw new IllegalStateException("model/tuning-history.md is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
