package org.claimgraph.job;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.nlp.Corpora;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.ModelRegistry;
import org.claimgraph.nlp.ner.NerTagger;
import org.claimgraph.nlp.pos.PosTagger;
import org.claimgraph.quality.ActorEvaluation;
import org.claimgraph.quality.ActorFragmentation;
import org.claimgraph.quality.AttributionEvaluation;
import org.claimgraph.quality.AttributionReport;
import org.claimgraph.quality.DependencyEvaluation;
import org.claimgraph.quality.HtmlExtractionEvaluation;
import org.claimgraph.quality.NerEvaluation;
import org.claimgraph.quality.PosEvaluation;
import org.claimgraph.quality.SourceKindScorer;
import org.claimgraph.scoring.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures the models against gold data and prints the figures.",
    subcommands = {EvalCommand.Ner.class, EvalCommand.Pos.class, EvalCommand.Deps.class, EvalCommand.Attribution.class,
        EvalCommand.Actors.class, EvalCommand.Html.class})
final class EvalCommand implements Runnable {
  @Mixin CommonOptions common;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
        "Say what to evaluate: ner, pos, deps, attribution, actors or html (see claimgraph eval --help).");
  }

  /** What an evaluation does with its Spark session. */
  interface Evaluation {
    void run(SparkSession spark) throws Exception;
  }

  /**
   * Runs one evaluation in its own session on the configured master (see {@link SparkSessions#create}),
   * stopped even when the evaluation fails.
   */
  static int withSpark(String command, JobConfig config, Evaluation evaluation) throws Exception {
    SparkSession spark = CommonOptions.session("eval " + command, config);
    try {
      evaluation.run(spark);
      return 0;
    } finally {
      spark.stop();
    }
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Span precision/recall/F1 per type on CoNLL-2003 (exact boundaries and type, conlleval semantics).")
  static final class Ner implements Callable<Integer> {
    @ParentCommand EvalCommand parent;

    @Option(names = "--split", defaultValue = "test", description = "dev (eng.testa) or test (eng.testb). Default: ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Override
    public Integer call() throws Exception {
      JobConfig config = parent.common.config();
      Corpora corpora = new Corpora(config.data());
      Path gold = switch (split) {
        case "dev" -> corpora.conllDev();
        case "test" -> corpora.conllTest();
        default -> throw ClaimgraphException.of("Unknown split '" + split + "'.", "CoNLL-2003 has dev and test.",
            "Use --split dev or --split test.");
      };
      return withSpark("ner", config, spark -> {
        LoadedModel model = ModelRegistry.load(spark, config.models());
        NerScores scores = NerEvaluation.evaluate(spark, model.stage(NerTagger.class), gold.toString());
        System.out.println("NER on CoNLL-2003 " + split + " (" + gold.getFileName() + "), model " + model.manifest().id());
        System.out.println(scores.report());
        if (json != null) {
          Files.writeString(json, scores.toJson(), StandardCharsets.UTF_8);
        }
      });
    }
  }

  @Command(name = "pos", mixinStandardHelpOptions = true, description = "POS accuracy on UD English EWT test (gold words).")
  static final class Pos implements Callable<Integer> {
    @ParentCommand EvalCommand parent;

    @Override
    public Integer call() throws Exception {
      JobConfig config = parent.common.config();
      return withSpark("pos", config, spark -> {
        LoadedModel model = ModelRegistry.load(spark, config.models());
        Path gold = new Corpora(config.data()).udTest();
        System.out.println(PosEvaluation.evaluate(spark, model.stage(PosTagger.class), gold).report());
      });
    }
  }

  @Command(name = "deps", mixinStandardHelpOptions = true,
      description = {"Unlabelled attachment score (UAS) of the dependency parser on UD English EWT test (gold words).",
          "The default model has no parser (size budget): train one with `train --dependency-iterations 10 --out DIR`",
          "and pass --models DIR."})
  static final class Deps implements Callable<Integer> {
    @ParentCommand EvalCommand parent;

    @Override
    public Integer call() throws Exception {
      JobConfig config = parent.common.config();
      return withSpark("deps", config, spark -> {
        LoadedModel model = ModelRegistry.load(spark, config.models());
        if (!model.has(DependencyParserModel.class)) {
          throw ClaimgraphException.of("Model " + model.manifest().id() + " has no dependency parser.",
              "The default model leaves it out: the parser alone is 60-75 MB, over the committed models' budget.",
              "Train a model with one, `jobs/claimgraph train --dependency-iterations 10 --out DIR`, then run "
                  + "`jobs/claimgraph eval deps --models DIR`.");
        }
        Path gold = new Corpora(config.data()).udTest();
        System.out.println("Dependencies on UD English EWT test, model " + model.manifest().id());
        System.out.println(DependencyEvaluation.evaluate(spark, model.pipeline(), gold));
      });
    }
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Precision/recall/F1 of attribution against brat gold (PolNeAR format): cue, content exact,",
          "content overlap, source given a content match, end to end; split into direct and indirect gold. Then",
          "source kind and pronoun resolution accuracy on the hand-labelled sources of eval/polnear-dev-source-kinds.tsv",
          "that lie in the gold articles."})
  static final class Attribution implements Callable<Integer> {
    @ParentCommand EvalCommand parent;

    @Option(names = "--gold", paramLabel = "DIR", description = "Brat folder: <article>.txt and <article>_<annotator>.ann. "
        + "Default: polnear/dev under --data.")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--rules-only", description = "Leave out the model's trained cue scorer: the rules alone decide "
        + "(shows what the scorer adds).")
    boolean rulesOnly;

    @Override
    public Integer call() throws Exception {
      JobConfig config = parent.common.config();
      Path dir = gold != null ? gold : new Corpora(config.data()).polnear("dev");
      return withSpark("attribution", config, spark -> {
        LoadedModel model = ModelRegistry.load(spark, config.models());
        PipelineModel pipeline = rulesOnly ? AttributionEvaluation.rulesOnly(model.pipeline()) : model.pipeline();
        AttributionEvaluation.Predictions predictions = AttributionEvaluation.predict(spark, pipeline, dir);
        AttributionReport report = AttributionEvaluation.score(predictions);
        System.out.println("Attribution on " + dir + ", model " + model.manifest().id()
            + (rulesOnly ? ", rules only (no cue scorer)" : ""));
        System.out.print(report.toText());
        System.out.print(SourceKindScorer.score(SourceKindScorer.POLNEAR_DEV,
            SourceKindScorer.read(SourceKindScorer.POLNEAR_DEV), predictions.gold(), predictions.byArticle()).toText());
        if (json != null) {
          Files.writeString(json, report.toJson() + "\n", StandardCharsets.UTF_8);
        }
      });
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = {"Actor resolution on hand-labelled mention groups of real articles: merge precision/recall and",
          "actor type accuracy on the development set (eval/actor-merges.tsv) and the held-out set",
          "(eval/actor-heldout.tsv), each on the gold mentions and on the tagger's mentions; with --output, the",
          "fragmentation of the 20 most mentioned actors of that output."})
  static final class Actors implements Callable<Integer> {
    @ParentCommand EvalCommand parent;

    @Option(names = "--aliases", paramLabel = "FILE",
        description = "Also apply an alias overrides CSV (e.g. jobs/conf/actor-aliases.csv).")
    Path aliases;

    @Option(names = "--resolve-again", description = "With --output: also resolve the output's mentions again with the "
        + "current rules and print that fragmentation (measures rule changes without running the NLP again).")
    boolean resolveAgain;

    @Override
    public Integer call() throws Exception {
      JobConfig config = parent.common.config();
      // Only an output named on the command line is measured: the default output is no request for it.
      String output = parent.common.output;
      return withSpark("actors", config, spark -> {
        LoadedModel model = ModelRegistry.load(spark, config.models());
        java.util.List<Path> news = new Corpora(config.data()).unlabelledNews();
        ActorEvaluation.evaluateAndPrint(spark, news, model, ActorResolution.readOverridesCsv(spark, ""),
            "built-in rules");
        if (aliases != null) {
          ActorEvaluation.evaluateAndPrint(spark, news, model,
              ActorResolution.readOverridesCsv(spark, aliases.toString()), "with " + aliases);
        }
        if (output != null) {
          ActorFragmentation.print(ActorFragmentation.ofOutput(spark, output, 20), output + ", as stored");
          if (resolveAgain) {
            ActorFragmentation.print(ActorFragmentation.ofOutputResolvedAgain(spark, output, 20),
                output + ", mentions resolved again with the current rules");
          }
        }
      });
    }
  }

  @Command(name = "html", mixinStandardHelpOptions = true,
      description = "Word-level precision/recall/F1 of HTML main-text extraction against html/ground-truth.json.")
  static final class Html implements Callable<Integer> {
    @ParentCommand EvalCommand parent;

    @Override
    public Integer call() {
      Path html = parent.common.config().data().resolve("html");
      System.out.println(HtmlExtractionEvaluation.evaluate(html.resolve("ground-truth.json"), html.resolve("pages"))
          .toText());
      return 0;
    }
  }
}
