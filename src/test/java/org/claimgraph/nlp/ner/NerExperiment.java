package org.claimgraph.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.claimgraph.nlp.Corpora;
import org.claimgraph.scoring.NerScores;

/**
 * Command for tuning runs, kept with the tests so that it is not in the shipped jar: trains on
 * eng.train with dev early stopping and prints dev scores (test only with --test, once tuning is
 * over). {@code src/test/scripts/ner-seeds} runs it for several seeds.
 *
 * <pre>
 * NerExperiment [--data DIR] [--features gazetteer,document,twopass,topic,brown,
 *                              namecontext,widecontext,skeleton]
 *               [--brown-cache FILE] [--brown-clusters C]
 *               [--brown-window W] [--brown-vocabulary V]
 *               [--brown-prefixes 4,6,10,20] [--final-train-dev]
 *               [--seed N] [--save FILE] [--test]
 * </pre>
 */
public final class NerExperiment {
  private NerExperiment() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/data");
    FeatureGroups groups = FeatureGroups.best();
    Path brownCache = null;
    int brownClusters = BrownClustering.Options.defaults().clusters();
    int brownWindow = BrownClustering.Options.defaults().window();
    int brownVocabulary = BrownClustering.Options.defaults().maxVocabulary();
    int[] brownPrefixes = BrownClustering.Options.defaults().prefixes();
    Path save = null;
    boolean test = false;
    boolean finalOnTrainAndDev = false;
    long seed = NerTrainingOptions.defaults().seed();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--features" -> groups = parseGroups(args[++i]);
        case "--brown-cache" -> brownCache = Path.of(args[++i]);
        case "--brown-clusters" -> brownClusters = Integer.parseInt(args[++i]);
        case "--brown-window" -> brownWindow = Integer.parseInt(args[++i]);
        case "--brown-vocabulary" -> brownVocabulary = Integer.parseInt(args[++i]);
        case "--brown-prefixes" -> brownPrefixes =
            java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--save" -> save = Path.of(args[++i]);
        case "--test" -> test = true;
        case "--final-train-dev" -> finalOnTrainAndDev = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    NerTrainingOptions options = NerTrainingOptions.defaults().withSeed(seed).withFeatures(groups)
        .withFinalOnTrainAndDev(finalOnTrainAndDev)
        .withBrownOptions(BrownClustering.Options.defaults().withClusters(brownClusters)
            .withWindow(brownWindow).withMaxVocabulary(brownVocabulary)
            .withPrefixes(brownPrefixes));
    Path conll = data.resolve("conll2003");
    BrownClusters brown = groups.brown()
        ? BrownClustering.cached(new Corpora(data).unlabelledNews(), options.brownOptions(), brownCache) : null;
    long start = System.nanoTime();
    NerTaggerCore core = NerTrainer.train(ConllReader.read(conll.resolve("eng.train")),
        ConllReader.read(conll.resolve("eng.testa")), brown, options);
    System.out.printf("features %s; trained in %.0f s; %d weighted features%n", groups,
        (System.nanoTime() - start) / 1e9, core.featureCount());
    NerScores dev = NerTrainer.evaluate(core, conll.resolve("eng.testa"));
    System.out.println("dev (eng.testa):\n" + dev.report());
    if (test) {
      System.out.println("test (eng.testb):\n"
          + NerTrainer.evaluate(core, conll.resolve("eng.testb")).report());
    }
    if (save != null) {
      NerTrainer.save(core, save);
      System.out.printf("saved %s (%d bytes)%n", save, Files.size(save));
    }
  }

  private static FeatureGroups parseGroups(String spec) {
    Set<String> names = Set.of(spec.split(","));
    return new FeatureGroups(names.contains("gazetteer"), names.contains("document"), names.contains("twopass"), names.contains("topic"),
        names.contains("brown"), names.contains("namecontext"), names.contains("widecontext"),
        names.contains("skeleton"));
  }
}
