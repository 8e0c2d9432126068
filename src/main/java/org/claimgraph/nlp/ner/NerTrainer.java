package org.claimgraph.nlp.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.scoring.NerScores;
import org.claimgraph.scoring.SpanScorer;

/**
 * Trains the tagger from CoNLL files: gazetteer from the training entities, Brown clusters of
 * unlabelled news (given), a first-pass perceptron, and optionally a second pass trained on jackknifed
 * first-pass predictions so it learns how far to trust them.
 */
public final class NerTrainer {
  private NerTrainer() {}

  /**
   * @param brown Brown clusters of unlabelled news ({@link BrownClustering#cached}), or null
   */
  public static NerTaggerCore train(Path conllTrain, Path conllDev, BrownClusters brown,
      NerTrainingOptions options) {
    return train(ConllReader.read(conllTrain), ConllReader.read(conllDev), brown, options);
  }

  public static NerTaggerCore train(List<LabeledDocument> train, List<LabeledDocument> dev,
      NerTrainingOptions options) {
    return train(train, dev, null, options);
  }

  public static NerTaggerCore train(List<LabeledDocument> train, List<LabeledDocument> dev,
      BrownClusters brown, NerTrainingOptions options) {
    Tuned tuned = tuneOnDev(train, dev, brown, options);
    if (!options.finalOnTrainAndDev() || dev.isEmpty()) {
      return tuned.core();
    }
    // Hyper-parameters (epochs of each pass) are fixed now; more labelled data helps more than
    // keeping dev aside, so the final model learns from both.
    List<LabeledDocument> all = new ArrayList<>(train);
    all.addAll(dev);
    long start = System.nanoTime();
    NerTaggerCore core = trainFixed(all, brown, options, tuned.firstEpochs(),
        tuned.secondEpochs());
    log("final model on train+dev (%d documents, %d + %d epochs): %.0f s", all.size(),
        tuned.firstEpochs(), tuned.secondEpochs(), seconds(start));
    return core;
  }

  /**
   * Features of training documents. A training document's own entities are masked out of the
   * gazetteer features, so the tagger does not learn to trust a gazetteer that always contains the answer.
   */
  private static List<long[][][]> trainingFeatures(FeatureExtractor extractor, Gazetteer gazetteer,
      List<LabeledDocument> train) {
    List<long[][][]> features = new ArrayList<>();
    for (LabeledDocument doc : train) {
      Map<Long, Integer> own = gazetteer == null ? null : Gazetteer.ownEntries(doc);
      features.add(extractor.extract(doc.sentences(), own));
    }
    return features;
  }

  private record Tuned(NerTaggerCore core, int firstEpochs, int secondEpochs) {}

  /** Trains with a fixed number of epochs per pass and no held-out data. */
  private static NerTaggerCore trainFixed(List<LabeledDocument> train,
      BrownClusters brown, NerTrainingOptions options, int firstEpochs, int secondEpochs) {
    FeatureGroups groups = options.features();
    Gazetteer gazetteer = groups.gazetteer() ? Gazetteer.fromTraining(train) : null;
    FeatureExtractor extractor = new FeatureExtractor(groups, gazetteer, brown);
    List<long[][][]> trainFeatures = trainingFeatures(extractor, gazetteer, train);
    LinearSequenceModel first = PerceptronTrainer.train(instances(train, trainFeatures),
        firstEpochs, firstEpochs, options.minFeatureCount(), options.seed(), null).model();
    if (!groups.twoPass()) {
      return new NerTaggerCore(groups, gazetteer, brown, first, null);
    }
    List<long[][][]> trainSecond = secondPassFeatures(train, trainFeatures,
        jackknife(train, trainFeatures, firstEpochs, options));
    LinearSequenceModel second = PerceptronTrainer.train(instances(train, trainSecond),
        secondEpochs, secondEpochs, options.minFeatureCount(), options.seed(), null).model();
    return new NerTaggerCore(groups, gazetteer, brown, first, second);
  }

  /** Trains on {@code train} with early stopping on {@code dev}; also returns the epochs used. */
  private static Tuned tuneOnDev(List<LabeledDocument> train, List<LabeledDocument> dev,
      BrownClusters brown, NerTrainingOptions options) {
    FeatureGroups groups = options.features();
    Gazetteer gazetteer = groups.gazetteer() ? Gazetteer.fromTraining(train) : null;
    FeatureExtractor extractor = new FeatureExtractor(groups, gazetteer, brown);
    List<long[][][]> trainFeatures = trainingFeatures(extractor, gazetteer, train);
    List<long[][][]> devFeatures = new ArrayList<>();
    for (LabeledDocument doc : dev) {
      devFeatures.add(extractor.extract(doc.sentences(), null));
    }
    long start = System.nanoTime();
    PerceptronTrainer.Result first = PerceptronTrainer.train(instances(train, trainFeatures),
        options.maxEpochs(), options.patience(), options.minFeatureCount(), options.seed(),
        model -> devF1(model, dev, devFeatures));
    log("first pass: %d epochs, dev F1 %.2f, %d features, %.0f s", first.epochs(),
        first.devScore(), first.model().index.size(), seconds(start));
    if (!groups.twoPass()) {
      return new Tuned(new NerTaggerCore(groups, gazetteer, brown, first.model(), null),
          first.epochs(), 0);
    }
    List<long[][][]> trainSecond = secondPassFeatures(train, trainFeatures,
        jackknife(train, trainFeatures, first.epochs(), options));
    List<int[][]> devFirst = new ArrayList<>();
    for (long[][][] f : devFeatures) {
      devFirst.add(NerTaggerCore.decode(first.model(), f));
    }
    List<long[][][]> devSecond = secondPassFeatures(dev, devFeatures, devFirst);
    start = System.nanoTime();
    PerceptronTrainer.Result second = PerceptronTrainer.train(instances(train, trainSecond),
        options.maxEpochs(), options.patience(), options.minFeatureCount(), options.seed(),
        model -> devF1(model, dev, devSecond));
    log("second pass: %d epochs, dev F1 %.2f, %d features, %.0f s", second.epochs(),
        second.devScore(), second.model().index.size(), seconds(start));
    return new Tuned(new NerTaggerCore(groups, gazetteer, brown,
        first.model(), second.model()), first.epochs(), second.epochs());
  }

  /**
   * First-pass tags for the training documents from models that never saw them, so the second
   * pass learns from predictions as noisy as those it will get on new text.
   */
  private static List<int[][]> jackknife(List<LabeledDocument> train,
      List<long[][][]> features, int epochs, NerTrainingOptions options) {
    int folds = options.jackknifeFolds();
    List<int[][]> predictions = new ArrayList<>(train.size());
    for (int d = 0; d < train.size(); d++) {
      predictions.add(null);
    }
    for (int fold = 0; fold < folds; fold++) {
      List<LabeledDocument> docs = new ArrayList<>();
      List<long[][][]> docFeatures = new ArrayList<>();
      for (int d = 0; d < train.size(); d++) {
        if (d % folds != fold) {
          docs.add(train.get(d));
          docFeatures.add(features.get(d));
        }
      }
      LinearSequenceModel model = PerceptronTrainer.train(instances(docs, docFeatures), epochs,
          epochs, options.minFeatureCount(), options.seed(), null).model();
      for (int d = fold; d < train.size(); d += folds) {
        predictions.set(d, NerTaggerCore.decode(model, features.get(d)));
      }
      log("jackknife fold %d/%d done", fold + 1, folds);
    }
    return predictions;
  }

  private static List<long[][][]> secondPassFeatures(List<LabeledDocument> docs,
      List<long[][][]> base, List<int[][]> firstPass) {
    List<long[][][]> out = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      out.add(FeatureExtractor.withHistory(docs.get(d).sentences(), base.get(d), firstPass.get(d)));
    }
    return out;
  }

  private static List<PerceptronTrainer.Instance> instances(List<LabeledDocument> docs,
      List<long[][][]> features) {
    List<PerceptronTrainer.Instance> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      List<List<String>> tags = docs.get(d).tags();
      for (int s = 0; s < tags.size(); s++) {
        int[] gold = NerTags.encode(tags.get(s));
        out.add(new PerceptronTrainer.Instance(features.get(d)[s], gold));
      }
    }
    return out;
  }

  private static double devF1(LinearSequenceModel model, List<LabeledDocument> dev,
      List<long[][][]> devFeatures) {
    SpanScorer scorer = new SpanScorer();
    for (int d = 0; d < dev.size(); d++) {
      int[][] predicted = NerTaggerCore.decode(model, devFeatures.get(d));
      addToScorer(scorer, dev.get(d).tags(), predicted);
    }
    return scorer.scores().f1();
  }

  static void addToScorer(SpanScorer scorer, List<List<String>> gold, int[][] predicted) {
    for (int s = 0; s < gold.size(); s++) {
      List<String> names = new ArrayList<>(predicted[s].length);
      for (int t : predicted[s]) {
        names.add(NerTags.iob2(t));
      }
      scorer.add(gold.get(s), names);
    }
  }

  /** Scores a trained core on a CoNLL file, without Spark. */
  public static NerScores evaluate(NerTaggerCore core, Path conll) {
    SpanScorer scorer = new SpanScorer();
    for (LabeledDocument doc : ConllReader.read(conll)) {
      addToScorer(scorer, doc.tags(), core.tagIndices(doc.sentences()));
    }
    return scorer.scores();
  }

  /** Saves the bare core (the Spark stage wraps the same bytes). */
  public static void save(NerTaggerCore core, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      core.save(out);
    } catch (IOException e) {
      throw ClaimgraphException.of("cannot write the NER model to " + file, e.getMessage(),
          "check that the folder exists and is writable.", e);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.err.printf(format + "%n", args);
  }
}
