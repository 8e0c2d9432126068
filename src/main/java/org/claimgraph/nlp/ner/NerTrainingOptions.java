package org.claimgraph.nlp.ner;

/**
 * Settings of one training run. The defaults are the best found on the CoNLL-2003 dev set.
 *
 * @param maxEpochs perceptron passes over the training data at most
 * @param patience stop after this many epochs without a better dev F1
 * @param minFeatureCount features seen fewer times in training are dropped (smaller model)
 * @param jackknifeFolds folds used to give the training data realistic first-pass predictions
 * @param seed shuffling seed; the same seed and data give the same model
 * @param finalOnTrainAndDev after tuning the epochs on dev, train the returned model on train and
 *     dev together with those epochs
 * @param brownOptions Brown clustering of the unlabelled news (used when the features ask for it)
 */
public record NerTrainingOptions(
    FeatureGroups features, int maxEpochs, int patience, int minFeatureCount, int jackknifeFolds,
    long seed, boolean finalOnTrainAndDev, BrownClustering.Options brownOptions) {

  /** Options whose returned model is the one tuned on dev (trained on train only). */
  public NerTrainingOptions(FeatureGroups features, int maxEpochs, int patience,
      int minFeatureCount, int jackknifeFolds, long seed) {
    this(features, maxEpochs, patience, minFeatureCount, jackknifeFolds, seed, false,
        BrownClustering.Options.defaults());
  }

  public static NerTrainingOptions defaults() {
    return new NerTrainingOptions(FeatureGroups.best(), 30, 4, 2, 5, 42L, true,
        BrownClustering.Options.defaults());
  }

  public NerTrainingOptions withFinalOnTrainAndDev(boolean enabled) {
    return new NerTrainingOptions(features, maxEpochs, patience, minFeatureCount, jackknifeFolds,
        seed, enabled, brownOptions);
  }

  public NerTrainingOptions withFeatures(FeatureGroups groups) {
    return new NerTrainingOptions(groups, maxEpochs, patience, minFeatureCount, jackknifeFolds,
        seed, finalOnTrainAndDev, brownOptions);
  }

  public NerTrainingOptions withSeed(long newSeed) {
    return new NerTrainingOptions(features, maxEpochs, patience, minFeatureCount, jackknifeFolds,
        newSeed, finalOnTrainAndDev, brownOptions);
  }

  public NerTrainingOptions withBrownOptions(BrownClustering.Options brown) {
    return new NerTrainingOptions(features, maxEpochs, patience, minFeatureCount, jackknifeFolds,
        seed, finalOnTrainAndDev, brown);
  }
}
