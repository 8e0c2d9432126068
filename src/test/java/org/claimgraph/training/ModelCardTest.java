package org.claimgraph.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.nlp.ModelManifest;
import org.claimgraph.nlp.ModelRegistry;
import org.junit.jupiter.api.Test;

class ModelCardTest {
  @Test
  void theCommittedCardCarriesTheTuningHistoryTrainWrites() throws Exception {
    String history = ModelCard.tuningHistory();
    assertThat(history).startsWith("## Tuning history").contains("FeatureGroups.best()", "BrownClustering.Options");
    String card = Files.readString(Path.of("models", ModelRegistry.DEFAULT_MODEL, ModelManifest.CARD_NAME));
    assertThat(card).contains(history.strip());
  }
}
