package org.claimgraph.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits a {@link CueScorer} on documents with gold cue spans (PolNeAR train): every candidate the
 * rules propose is labelled by whether its cue overlaps a gold cue, the cue-F1 measure of {@code
 * eval attribution}. The threshold is chosen by five-fold cross-validation over documents, so it
 * reflects candidates the model has not seen, then the model is refitted on all documents.
 */
public final class CueScorerTraining {
  /** A document and its gold cue spans. */
  public record TrainingDocument(AttributionDocument document, List<Span> goldCues) {}

  /** What training measured, for logs and the model manifest. */
  public record Report(int documents, int candidates, int goldCues, double threshold,
      double crossValidatedF1, double rulesOnlyF1) {}

  private static final int EPOCHS = 15;
  private static final double LEARNING_RATE = 0.1;
  private static final double DECAY = 0.8;
  private static final double L2 = 1e-4;
  private static final int FOLDS = 5;
  private static final long SEED = 7;

  private record Example(int document, long[] features, boolean positive, boolean vetoed) {}

  private final List<Example> examples = new ArrayList<>();
  private final int documents;
  private final int goldCues;
  private Report report;

  private CueScorerTraining(List<TrainingDocument> docs, AttributionExtractor extractor) {
    int gold = 0;
    for (int d = 0; d < docs.size(); d++) {
      TrainingDocument doc = docs.get(d);
      gold += doc.goldCues().size();
      List<Candidate> candidates = extractor.candidates(doc.document());
      for (Candidate c : candidates) {
        boolean positive = doc.goldCues().stream().anyMatch(g -> g.overlaps(c.attribution().cue()));
        examples.add(new Example(d, CueFeatures.of(doc.document(), c, candidates), positive, c.vetoed()));
      }
    }
    this.documents = docs.size();
    this.goldCues = gold;
  }

  /** A trained scorer and what cross-validation measured while choosing its threshold. */
  public record Trained(CueScorer scorer, Report report) {}

  /** Trains on {@code docs} with the candidates of {@code extractor}. */
  public static Trained train(List<TrainingDocument> docs, AttributionExtractor extractor) {
    CueScorerTraining t = new CueScorerTraining(docs, extractor);
    CueScorer scorer = t.fit();
    return new Trained(scorer, t.report);
  }

  private CueScorer fit() {
    Map<Long, Integer> index = new HashMap<>();
    for (Example e : examples) {
      for (long h : e.features()) {
        index.putIfAbsent(h, index.size());
      }
    }
    double[] heldOut = new double[examples.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> rest = new ArrayList<>();
      for (Example e : examples) {
        if (e.document() % FOLDS != fold) {
          rest.add(e);
        }
      }
      double[] w = sgd(rest, index);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).document() % FOLDS == fold) {
          heldOut[i] = probability(w, examples.get(i), index);
        }
      }
    }
    double bestThreshold = 0.5;
    double bestF1 = -1;
    for (int step = 4; step <= 12; step++) { // 0.20, 0.25, ..., 0.60
      double t = step / 20.0;
      double f1 = f1(i -> heldOut[i] >= t);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        bestThreshold = t;
      }
    }
    report = new Report(documents, examples.size(), goldCues, bestThreshold, bestF1,
        f1(i -> !examples.get(i).vetoed()));
    double[] w = sgd(examples, index);
    TreeMap<Long, Float> sorted = new TreeMap<>();
    index.forEach((h, i) -> {
      if (w[i] != 0) {
        sorted.put(h, (float) w[i]);
      }
    });
    long[] keys = new long[sorted.size()];
    float[] weights = new float[sorted.size()];
    int k = 0;
    for (Map.Entry<Long, Float> e : sorted.entrySet()) {
      keys[k] = e.getKey();
      weights[k++] = e.getValue();
    }
    return new CueScorer(keys, weights, bestThreshold);
  }

  /** Cue F1 of keeping the examples {@code kept} accepts; gold cues no candidate reaches count as misses. */
  private double f1(java.util.function.IntPredicate kept) {
    int tp = 0;
    int predicted = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (kept.test(i)) {
        predicted++;
        tp += examples.get(i).positive() ? 1 : 0;
      }
    }
    return predicted + goldCues == 0 ? 0 : 2.0 * tp / (predicted + goldCues);
  }

  private static double[] sgd(List<Example> data, Map<Long, Integer> index) {
    double[] w = new double[index.size()];
    List<Example> order = new ArrayList<>(data);
    Random random = new Random(SEED);
    double rate = LEARNING_RATE;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      for (Example e : order) {
        double gradient = (e.positive() ? 1 : 0) - probability(w, e, index);
        for (long h : e.features()) {
          int i = index.get(h);
          w[i] += rate * (gradient - L2 * w[i]);
        }
      }
      rate *= DECAY;
    }
    return w;
  }

  private static double probability(double[] w, Example e, Map<Long, Integer> index) {
    double sum = 0;
    for (long h : e.features()) {
      sum += w[index.get(h)];
    }
    return 1 / (1 + Math.exp(-sum));
  }
}
