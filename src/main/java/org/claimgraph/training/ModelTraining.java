package org.claimgraph.training;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.attribution.AttributionStage;
import org.claimgraph.attribution.CueScorerTraining;
import org.claimgraph.nlp.Corpora;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.ModelManifest;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.NlpStages;
import org.claimgraph.nlp.ner.BrownClustering;
import org.claimgraph.nlp.ner.BrownClusters;
import org.claimgraph.nlp.ner.NerTagger;
import org.claimgraph.nlp.ner.NerTaggerCore;
import org.claimgraph.nlp.ner.NerTrainer;
import org.claimgraph.nlp.ner.NerTrainingOptions;
import org.claimgraph.nlp.pos.PosTagger;
import org.claimgraph.quality.AttributionEvaluation;
import org.claimgraph.quality.AttributionReport;
import org.claimgraph.quality.DependencyEvaluation;
import org.claimgraph.quality.NerEvaluation;
import org.claimgraph.quality.PosEvaluation;
import org.claimgraph.scoring.NerScores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the default models from open corpora and writes a model directory: the whole pipeline as
 * one saved {@link PipelineModel}, its evaluation figures, a manifest with file hashes and a card.
 */
public final class ModelTraining {
  private static final Logger LOG = LoggerFactory.getLogger(ModelTraining.class);

  private ModelTraining() {}

  /**
   * {@code dependencyIterations} 0 leaves the dependency parser out: Spark NLP's parser model is
   * 60–75 MB, more than the whole size budget of the committed default model.
   * {@code clustersCache} (may be null) keeps the Brown clusters between trainings.
   * {@code taggersFrom} (may be null) is a model directory whose POS and NER taggers are kept instead
   * of trained again: they learn from gold tokens (UD EWT, CoNLL-2003), so a change to the tokenizer
   * or to attribution leaves them as they were, and retraining would only repeat the same runs.
   */
  public record Options(Path data, String outputDir, String name, String version, int posIterations,
      boolean useNewsForClusters, Path clustersCache, int dependencyIterations, String taggersFrom) {}

  public static ModelManifest train(SparkSession spark, Options options) {
    Corpora corpora = new Corpora(options.data());
    Map<String, Object> seconds = new LinkedHashMap<>();
    ModelManifest manifest = new ModelManifest();

    PosTagger pos;
    NerTagger ner;
    List<Path> news = List.of();
    if (options.taggersFrom() != null) {
      LoadedModel from = ModelRegistry.load(spark, options.taggersFrom());
      pos = from.stage(PosTagger.class);
      ner = from.stage(NerTagger.class);
      for (String tagger : List.of("pos", "ner")) {
        manifest.training.put(tagger, from.manifest().training.get(tagger) + " (the tagger of "
            + from.manifest().id() + ", kept)");
      }
    } else {
      long start = System.nanoTime();
      pos = PosTraining.train(corpora.udTrain(), options.posIterations());
      seconds.put("pos", secondsSince(start));
      LOG.info("POS trained in {} s", seconds.get("pos"));

      start = System.nanoTime();
      NerTrainingOptions nerOptions = NerTrainingOptions.defaults();
      news = options.useNewsForClusters() && nerOptions.features().brown()
          ? corpora.unlabelledNews() : List.of();
      BrownClusters brown = news.isEmpty() ? null
          : BrownClustering.cached(news, nerOptions.brownOptions(), options.clustersCache());
      NerTaggerCore core = NerTrainer.train(corpora.conllTrain(), corpora.conllDev(), brown,
          nerOptions);
      seconds.put("ner", secondsSince(start));
      LOG.info("NER trained in {} s", seconds.get("ner"));
      ner = NerTagger.KIND.create(core);
      ner.setInputCols(NlpColumns.DOCUMENT, NlpColumns.TOKEN);
      ner.setOutputCol(NlpColumns.NER);
    }

    List<Transformer> stages = new ArrayList<>(List.of(NlpStages.documentAssembler(),
        NlpStages.sentenceDetector(), NlpStages.tokenizer(spark), pos, ner, NlpStages.entityChunker()));
    long start = System.nanoTime();
    CueScorerTraining.Trained cues = AttributionTraining.train(spark,
        new PipelineModel(Identifiable.randomUID("annotate"), stages.toArray(Transformer[]::new)),
        corpora.polnear("train"));
    seconds.put("attribution", secondsSince(start));
    LOG.info("cue scorer trained in {} s: {}", seconds.get("attribution"), cues.report());
    stages.add(new AttributionStage(cues.scorer()));
    if (options.dependencyIterations() > 0) {
      start = System.nanoTime();
      stages.add(DependencyTraining.train(spark, corpora.udTrain(), options.dependencyIterations()));
      seconds.put("dependencies", secondsSince(start));
    }
    PipelineModel pipeline = new PipelineModel(Identifiable.randomUID("claimgraph"),
        stages.toArray(Transformer[]::new));
    try {
      pipeline.write().overwrite().save(new org.apache.hadoop.fs.Path(options.outputDir(), "pipeline").toString());
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not save the model to " + options.outputDir() + ".", e.getMessage(),
          "Check that the directory is writable.", e);
    }

    manifest.name = options.name();
    manifest.version = options.version();
    manifest.created = Instant.now().toString();
    manifest.training.putIfAbsent("pos", "claimgraph PosTagger (greedy averaged perceptron), "
        + options.posIterations() + " iterations, UD English EWT v2.16 train (XPOS)");
    manifest.training.putIfAbsent("ner", "claimgraph NerTagger (averaged structured perceptron): epochs chosen by early "
        + "stopping on CoNLL-2003 eng.testa, final model trained on eng.train + eng.testa"
        + "; BILOU tags, two passes; features beyond the word, its shape, affixes and neighbours: "
        + "training-data gazetteer, the words beside the same name elsewhere in the article, how the "
        + "name sits among capitalised words across the article, words 3-4 places away, the layout of "
        + "short lines with numbers, the wire-story topic"
        + (news.isEmpty() ? "" : "; Brown clusters of " + news.stream()
            .map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.joining(" and "))));
    if (options.dependencyIterations() > 0) {
      manifest.training.put("dependencies", "Spark NLP DependencyParserApproach, "
          + options.dependencyIterations() + " iterations, UD English EWT v2.16 train");
    }
    CueScorerTraining.Report r = cues.report();
    manifest.training.put("attribution", String.format(java.util.Locale.ROOT,
        "claimgraph AttributionStage: rules over tokens, POS, entities and quotation marks with the bundled "
        + "cue lexicon (attribution/cues.tsv) propose candidates; a logistic-regression cue scorer trained on "
        + "PolNeAR train (%d articles, %d candidates, %d gold cues) keeps those scoring >= %.2f, the threshold "
        + "with the best 5-fold cross-validated cue F1 (%.3f; the rules alone: %.3f)", r.documents(),
        r.candidates(), r.goldCues(), r.threshold(), r.crossValidatedF1(), r.rulesOnlyF1()));
    manifest.training.put("seconds", seconds);
    manifest.writeTo(options.outputDir(), spark.sparkContext().hadoopConfiguration());
    return measure(spark, options.outputDir(), options.data());
  }

  /**
   * Evaluates a saved model directory on the held-out test sets and records the figures in its
   * manifest and card (the pipeline is loaded back first, so the figures are those of the saved files).
   */
  public static ModelManifest measure(SparkSession spark, String dir, Path data) {
    Corpora corpora = new Corpora(data);
    LoadedModel model = ModelRegistry.load(spark, dir);
    ModelManifest manifest = model.manifest();
    NerTagger ner = model.stage(NerTagger.class);
    PosTagger pos = model.stage(PosTagger.class);
    NerScores test = NerEvaluation.evaluate(spark, ner, corpora.conllTest().toString());
    PosEvaluation.PosScore posTest = PosEvaluation.evaluate(spark, pos, corpora.udTest());
    // No dev figure: the final tagger has seen eng.testa (it only chose the number of epochs).
    manifest.metrics.put("ner_conll2003_test_f1", round(test.f1()));
    for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
      manifest.metrics.put("ner_conll2003_test_f1_" + type, round(test.f1(type)));
    }
    manifest.metrics.put("pos_ud_ewt_test_accuracy", round(100 * posTest.accuracy()));
    manifest.metrics.put("load_seconds", round(model.loadSeconds()));
    AttributionReport attribution = AttributionEvaluation.evaluate(spark, model.pipeline(), corpora.polnear("dev"));
    for (String measure : List.of("cue", "content_overlap", "end_to_end")) {
      manifest.metrics.put("attribution_polnear_dev_" + measure + "_f1",
          Math.round(attribution.score(measure, "all").f1() * 1000) / 1000.0);
    }
    if (model.has(DependencyParserModel.class)) {
      manifest.metrics.put("uas_ud_ewt_test", round(100 * DependencyEvaluation.evaluate(spark, model.pipeline(),
          corpora.udTest()).uas()));
    }
    manifest.writeTo(dir, spark.sparkContext().hadoopConfiguration());
    writeCard(spark, dir, ModelCard.render(manifest, test.report(), posTest.report(), attribution.toText(),
        modelBytes(dir)));
    return manifest;
  }

  private static long modelBytes(String dir) {
    try (var files = Files.walk(Path.of(dir))) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private static void writeCard(SparkSession spark, String dir, String card) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir, ModelManifest.CARD_NAME);
    try (OutputStream out = FileSystem.get(path.toUri(), spark.sparkContext().hadoopConfiguration())
        .create(path, true)) {
      out.write(card.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not write " + path + ".", e.getMessage(), "Check permissions.", e);
    }
  }

  private static double secondsSince(long start) {
    return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
