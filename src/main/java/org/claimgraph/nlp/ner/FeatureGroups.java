package org.claimgraph.nlp.ner;

import java.io.Serializable;

/**
 * Which optional feature groups the tagger uses on top of the local lexical and orthographic
 * ones. Kept switchable so that each group's worth can be measured on dev; how each was measured
 * is in the model card's tuning history.
 */
public record FeatureGroups(
    boolean gazetteer, boolean documentContext, boolean twoPass, boolean topicContext,
    boolean brown, boolean nameContext, boolean wideContext, boolean lineSkeleton)
    implements Serializable {
  /** Bit 2 of a saved model's flags: k-means word clusters, an experiment no released model used. */
  private static final int RETIRED_WORD_CLUSTERS = 2;

  public FeatureGroups withBrown(boolean enabled) {
    return new FeatureGroups(gazetteer, documentContext, twoPass, topicContext, enabled,
        nameContext, wideContext, lineSkeleton);
  }

  /** The groups of the default model, the best set on CoNLL-2003 dev (mean over eight seeds). */
  public static FeatureGroups best() {
    return new FeatureGroups(true, true, true, true, true, true, true, true);
  }

  /** Every group that needs no unlabelled news, for tests that train on a handful of sentences. */
  public static FeatureGroups withoutNews() {
    return best().withBrown(false);
  }

  int bits() {
    return (gazetteer ? 1 : 0) | (documentContext ? 4 : 0) | (twoPass ? 8 : 0)
        | (topicContext ? 16 : 0) | (brown ? 32 : 0) | (nameContext ? 64 : 0)
        | (wideContext ? 128 : 0) | (lineSkeleton ? 256 : 0);
  }

  static FeatureGroups ofBits(int bits) {
    if ((bits & RETIRED_WORD_CLUSTERS) != 0) {
      throw new IllegalArgumentException("the model uses k-means word clusters, which this version no longer has");
    }
    return new FeatureGroups((bits & 1) != 0, (bits & 4) != 0, (bits & 8) != 0,
        (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0,
        (bits & 128) != 0, (bits & 256) != 0);
  }
}
