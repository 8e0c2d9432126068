package org.claimgraph.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.AttributionDocument.Mention;
import org.claimgraph.attribution.AttributionStage;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.SourceKind;
import org.claimgraph.attribution.Span;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.NlpStages;
import org.claimgraph.quality.BratCorpus.GoldDocument;

/**
 * Gold-standard evaluation of the attribution stage on a brat corpus such as PolNeAR: the articles
 * go through the annotation pipeline on Spark and the predictions are scored by
 * {@link AttributionScorer}. This is what {@code claimgraph eval attribution --gold DIR} runs.
 */
public final class AttributionEvaluation {
  private AttributionEvaluation() {}

  /** What the pipeline predicted for each gold article, with the time and tokens of the run. */
  public record Predictions(String goldName, List<GoldDocument> gold, Map<String, List<Attribution>> byArticle,
      double seconds, long tokens) {}

  /**
   * Runs {@code annotatePipeline} (DocumentAssembler → SentenceDetector → Tokenizer → POS → [NER]),
   * appending an {@link AttributionStage} when it has none, over the gold texts and scores the result.
   */
  public static AttributionReport evaluate(SparkSession spark, PipelineModel annotatePipeline, Path goldDir) {
    return score(predict(spark, annotatePipeline, goldDir));
  }

  public static AttributionReport score(Predictions p) {
    return AttributionScorer.score(p.goldName(), p.gold(), p.byArticle(), p.seconds(), p.tokens());
  }

  /** The predictions that {@link #evaluate} scores, for measures that need more than the gold files. */
  public static Predictions predict(SparkSession spark, PipelineModel annotatePipeline, Path goldDir) {
    List<GoldDocument> gold = BratCorpus.read(goldDir);
    if (gold.isEmpty()) {
      throw ClaimgraphException.of("No gold annotations in " + goldDir + ".",
          "Attribution evaluation needs <article>.txt files with <article>_<annotator>.ann beside them.",
          "Point --gold at a brat directory such as PolNeAR's dev split.");
    }
    Dataset<Row> articles = articles(spark, gold);
    PipelineModel pipeline = withAttributionStage(annotatePipeline);
    long start = System.nanoTime();
    List<Row> out = pipeline.transform(articles)
        .select(col("article_id"), col(NlpColumns.TEXT), col(AttributionStage.OUTPUT),
            size(col(NlpColumns.TOKEN)).as("tokens"))
        .collectAsList();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, List<Attribution>> predicted = new HashMap<>();
    long tokens = 0;
    for (Row r : out) {
      predicted.put(r.getString(0), fromRows(r.getList(2)));
      tokens += r.getInt(3);
    }
    return new Predictions(goldDir.toString(), gold, predicted, seconds, tokens);
  }

  /** The gold texts as pipeline input: {@code article_id} and {@code text}, spread over the cores. */
  public static Dataset<Row> articles(SparkSession spark, List<GoldDocument> gold) {
    List<Row> rows = new ArrayList<>();
    for (GoldDocument d : gold) {
      rows.add(RowFactory.create(d.id(), d.text()));
    }
    StructType schema = new StructType().add("article_id", DataTypes.StringType, false)
        .add(NlpColumns.TEXT, DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema)
        .repartition(Math.max(1, Math.min(gold.size(), spark.sparkContext().defaultParallelism() * 2)));
  }

  /** The pipeline, with an {@link AttributionStage} appended unless it already ends in one. */
  public static PipelineModel withAttributionStage(PipelineModel annotate) {
    Transformer[] stages = annotate.stages();
    if (Arrays.stream(stages).anyMatch(s -> s instanceof AttributionStage)) {
      return annotate;
    }
    Transformer[] all = Arrays.copyOf(stages, stages.length + 1);
    all[stages.length] = new AttributionStage();
    return new PipelineModel(annotate.uid(), all);
  }

  /** The pipeline with its attribution stage replaced by one that runs the rules alone. */
  public static PipelineModel rulesOnly(PipelineModel pipeline) {
    Transformer[] stages = pipeline.stages().clone();
    for (int i = 0; i < stages.length; i++) {
      if (stages[i] instanceof AttributionStage) {
        stages[i] = new AttributionStage();
      }
    }
    return new PipelineModel(pipeline.uid(), stages);
  }

  /** Attribution structs (the stage's output) back into core objects. */
  public static List<Attribution> fromRows(List<Row> rows) {
    List<Attribution> out = new ArrayList<>(rows.size());
    for (Row a : rows) {
      List<Span> content = new ArrayList<>();
      for (Row c : a.<Row>getList(a.fieldIndex("content"))) {
        content.add(new Span(c.getInt(0), c.getInt(1)));
      }
      List<Mention> about = new ArrayList<>();
      for (Row m : a.<Row>getList(a.fieldIndex("about"))) {
        about.add(new Mention(m.getInt(0), m.getInt(1), m.getString(2), m.getString(3)));
      }
      out.add(new Attribution(a.getInt(a.fieldIndex("sentence_index")),
          span(a, "source_begin", "source_end"),
          SourceKind.valueOf(a.getString(a.fieldIndex("source_kind")).toUpperCase(java.util.Locale.ROOT)),
          span(a, "resolved_source_begin", "resolved_source_end"),
          span(a, "cue_begin", "cue_end"), a.getString(a.fieldIndex("cue_lemma")),
          a.getString(a.fieldIndex("cue_class")), content,
          Form.valueOf(a.getString(a.fieldIndex("form")).toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
          about, a.getBoolean(a.fieldIndex("negated"))));
    }
    return out;
  }

  private static Span span(Row r, String b, String e) {
    int bi = r.fieldIndex(b);
    return r.isNullAt(bi) ? null : new Span(r.getInt(bi), r.getInt(r.fieldIndex(e)));
  }
}
