package org.claimgraph.nlp.ner;

import java.io.Serializable;

/**
 * Which optional feature groups the tagger uses on top of the local lexical and orthographic
 * ones. Kept switchable so that each group's worth can be measured on dev.
 */
public record FeatureGroups(
    boolean gazetteer, boolean clusters, boolean documentContext, boolean twoPass,
    boolean topicContext, boolean brown, boolean nameContext, boolean wideContext,
    boolean lineSkeleton) implements Serializable {

  public FeatureGroups(boolean gazetteer, boolean clusters, boolean documentContext,
      boolean twoPass, boolean topicContext, boolean brown) {
    this(gazetteer, clusters, documentContext, twoPass, topicContext, brown, false, false, false);
  }

  public FeatureGroups(boolean gazetteer, boolean clusters, boolean documentContext,
      boolean twoPass, boolean topicContext) {
    this(gazetteer, clusters, documentContext, twoPass, topicContext, false);
  }

  public FeatureGroups(boolean gazetteer, boolean clusters, boolean documentContext,
      boolean twoPass) {
    this(gazetteer, clusters, documentContext, twoPass, false);
  }

  public FeatureGroups withBrown(boolean enabled) {
    return new FeatureGroups(gazetteer, clusters, documentContext, twoPass, topicContext, enabled,
        nameContext, wideContext, lineSkeleton);
  }

  /**
   * The best set on CoNLL-2003 dev. Mean dev F1 over eight shuffling seeds
   * ({@code jobs/ner-seeds}): 93.55 (ORG 89.46); without name context, wide context and line
   * skeletons 93.30 (ORG 88.92).
   * Earlier single-seed steps: 93.14 with BILOU tags, document neighbours and Brown path prefixes
   * ({@link BrownClustering.Options#defaults}); 92.93 without Brown; 92.79 before BILOU and
   * neighbours. PPMI k-means word clusters cost 0.4 F1 there.
   */
  public static FeatureGroups best() {
    return new FeatureGroups(true, false, true, true, true, true, true, true, true);
  }

  public static FeatureGroups all() {
    return new FeatureGroups(true, true, true, true, true, false, true, true, true);
  }

  public static FeatureGroups localOnly() {
    return new FeatureGroups(false, false, false, false);
  }

  int bits() {
    return (gazetteer ? 1 : 0) | (clusters ? 2 : 0) | (documentContext ? 4 : 0) | (twoPass ? 8 : 0)
        | (topicContext ? 16 : 0) | (brown ? 32 : 0) | (nameContext ? 64 : 0)
        | (wideContext ? 128 : 0) | (lineSkeleton ? 256 : 0);
  }

  static FeatureGroups ofBits(int bits) {
    return new FeatureGroups((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
        (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0,
        (bits & 128) != 0, (bits & 256) != 0);
  }
}
