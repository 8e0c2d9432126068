package org.claimgraph.attribution;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.StageFile;
import scala.Option;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Spark ML stage that adds the {@code attributions} column: for each row, every attribution the
 * {@link AttributionExtractor} finds in its Spark NLP annotations ({@code document}, {@code sentence},
 * {@code token}, and, when present, {@code pos} and {@code entities}; without them the rules fall
 * back to word lists and capitalisation, with lower precision). Rows are mapped one at a time on
 * the executors. Offsets in the output are exclusive ends into the document text.
 *
 * <p>With a {@link CueScorer} the stage keeps the rules' candidates the scorer accepts, vetoed or
 * not; without one it keeps what the rules alone trust. Saved like any Spark ML stage (params
 * metadata through Hadoop FileSystem) plus the scorer in {@value #SCORER_FILE}, so
 * {@code PipelineModel.load} finds it through the static {@link #read()}.
 */
public final class AttributionStage extends Transformer implements MLWritable {
  private static final long serialVersionUID = 1L;

  public static final String OUTPUT = "attributions";
  static final String SCORER_FILE = "cue-scorer.bin";

  private static final StructType SPAN = new StructType(new StructField[] {
      field("begin", IntegerType, false), field("end", IntegerType, false), field("text", StringType, false)});

  private static final StructType MENTION = new StructType(new StructField[] {
      field("begin", IntegerType, false), field("end", IntegerType, false), field("text", StringType, false),
      field("type", StringType, false)});

  /**
   * One element of the {@code attributions} column: the sentence; the source as written, its kind
   * and what it resolves to; the cue; the content, its form and the names in it.
   */
  public static final StructType ATTRIBUTION = new StructType(new StructField[] {
      field("sentence_index", IntegerType, false),
      field("source_text", StringType, true), field("source_begin", IntegerType, true), field("source_end", IntegerType, true),
      field("source_kind", StringType, false),
      field("resolved_source_text", StringType, true), field("resolved_source_begin", IntegerType, true),
      field("resolved_source_end", IntegerType, true),
      field("cue_text", StringType, false), field("cue_begin", IntegerType, false), field("cue_end", IntegerType, false),
      field("cue_lemma", StringType, false), field("cue_class", StringType, false),
      field("negated", DataTypes.BooleanType, false),
      field("content", DataTypes.createArrayType(SPAN, false), false),
      field("content_begin", IntegerType, false), field("content_end", IntegerType, false), field("form", StringType, false),
      field("about", DataTypes.createArrayType(MENTION, false), false)});

  public static final ArrayType OUTPUT_TYPE = DataTypes.createArrayType(ATTRIBUTION, false);

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private final String uid;
  private final Param<String> documentCol;
  private final Param<String> sentenceCol;
  private final Param<String> tokenCol;
  private final Param<String> posCol;
  private final Param<String> entitiesCol;
  private final Param<String> outputCol;
  private final CueScorer scorer;

  /** A stage with the rules alone. */
  public AttributionStage() {
    this(null);
  }

  /** A stage whose {@code scorer} (null for the rules alone) picks among the rules' candidates. */
  public AttributionStage(CueScorer scorer) {
    this(Identifiable$.MODULE$.randomUID("ATTRIBUTION"), scorer);
  }

  private AttributionStage(String uid, CueScorer scorer) {
    this.uid = uid;
    this.scorer = scorer;
    documentCol = new Param<>(this, "documentCol", "Spark NLP document annotations");
    sentenceCol = new Param<>(this, "sentenceCol", "Spark NLP sentence annotations");
    tokenCol = new Param<>(this, "tokenCol", "Spark NLP token annotations");
    posCol = new Param<>(this, "posCol", "Spark NLP POS annotations (Penn tags)");
    entitiesCol = new Param<>(this, "entitiesCol",
        "Spark NLP entity chunks; optional (capitalised-word heuristics when missing)");
    outputCol = new Param<>(this, "outputCol", "output column: array of attributions");
    setDefault(documentCol, NlpColumns.DOCUMENT);
    setDefault(sentenceCol, NlpColumns.SENTENCE);
    setDefault(tokenCol, NlpColumns.TOKEN);
    setDefault(posCol, NlpColumns.POS);
    setDefault(entitiesCol, NlpColumns.ENTITIES);
    setDefault(outputCol, OUTPUT);
  }

  /**
   * The params, sorted by name as Spark lists them. Without this Spark would find them by
   * reflection through a public getter each, which nothing else calls.
   */
  @Override
  public Param<?>[] params() {
    return new Param<?>[] {documentCol, entitiesCol, outputCol, posCol, sentenceCol, tokenCol};
  }

  /** The trained cue scorer, or null when the stage runs the rules alone. */
  public CueScorer scorer() {
    return scorer;
  }

  public static MLReader<AttributionStage> read() {
    return new Reader();
  }

  public static AttributionStage load(String path) {
    return read().load(path);
  }

  public AttributionStage setOutputCol(String value) {
    set(outputCol, value);
    return this;
  }

  public String getOutputCol() {
    return $(outputCol);
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = Arrays.asList(schema.fieldNames());
    for (Param<String> p : List.of(documentCol, sentenceCol, tokenCol)) {
      if (!names.contains($(p))) {
        throw ClaimgraphException.of("The attribution stage cannot find the column `" + $(p) + "`.",
            "It reads Spark NLP annotations (document, sentence, token; pos and entities optional).",
            "Put DocumentAssembler, SentenceDetector, Tokenizer and the POS tagger before it in the pipeline.");
      }
    }
    if (names.contains($(outputCol))) {
      throw ClaimgraphException.of("The column `" + $(outputCol) + "` already exists.",
          "The attribution stage adds it and will not overwrite it.", "Drop it or set another outputCol.");
    }
    return schema.add($(outputCol), OUTPUT_TYPE, false);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType schema = transformSchema(dataset.schema());
    boolean hasEntities = Arrays.asList(dataset.schema().fieldNames()).contains($(entitiesCol));
    boolean hasPos = Arrays.asList(dataset.schema().fieldNames()).contains($(posCol));
    Column pos = hasPos ? dataset.col($(posCol)) : functions.lit(null).cast(schema.apply($(tokenCol)).dataType());
    Column entities = hasEntities ? dataset.col($(entitiesCol))
        : functions.lit(null).cast(schema.apply($(tokenCol)).dataType());
    Broadcast<CueScorer> broadcastScorer = scorer == null ? null
        : JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(scorer);
    UserDefinedFunction udf = functions.udf(new Extract(AttributionExtractor.standard(), broadcastScorer),
        OUTPUT_TYPE);
    return dataset.withColumn($(outputCol), udf.apply(dataset.col($(documentCol)), dataset.col($(sentenceCol)),
        dataset.col($(tokenCol)), pos, entities));
  }

  @Override
  public AttributionStage copy(ParamMap extra) {
    return copyValues(new AttributionStage(uid, scorer), extra);
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  /** The per-row function: annotations in, attribution structs out. */
  static final class Extract implements UDF5<Seq<Row>, Seq<Row>, Seq<Row>, Seq<Row>, Seq<Row>, List<Row>> {
    private static final long serialVersionUID = 1L;
    private final AttributionExtractor extractor;
    private final Broadcast<CueScorer> scorer;

    Extract(AttributionExtractor extractor, Broadcast<CueScorer> scorer) {
      this.extractor = extractor;
      this.scorer = scorer;
    }

    @Override
    public List<Row> call(Seq<Row> document, Seq<Row> sentences, Seq<Row> tokens, Seq<Row> pos, Seq<Row> entities) {
      if (document == null || document.isEmpty() || tokens == null) {
        return List.of();
      }
      Row doc = document.apply(0);
      String text = doc.getString(doc.fieldIndex("result"));
      if (text == null) {
        return List.of();
      }
      AttributionDocument ad = AnnotationRows.toDocument(text, list(sentences), list(tokens), list(pos),
          list(entities));
      return toRows(text, scorer == null ? extractor.extract(ad)
          : scorer.value().select(ad, extractor.candidates(ad)));
    }

    private static List<Row> list(Seq<Row> s) {
      return s == null ? List.of() : JavaConverters.seqAsJavaList(s);
    }
  }

  static List<Row> toRows(String text, List<Attribution> attributions) {
    List<Row> out = new ArrayList<>(attributions.size());
    for (Attribution a : attributions) {
      List<Row> content = new ArrayList<>();
      for (Span c : a.content()) {
        content.add(RowFactory.create(c.begin(), c.end(), c.of(text)));
      }
      List<Row> about = new ArrayList<>();
      for (AttributionDocument.Mention m : a.about()) {
        about.add(RowFactory.create(m.begin(), m.end(), m.text(), m.type()));
      }
      Span s = a.source();
      Span r = a.resolvedSource();
      Span e = a.contentExtent();
      out.add(RowFactory.create(a.sentenceIndex(),
          s == null ? null : s.of(text), s == null ? null : s.begin(), s == null ? null : s.end(),
          a.sourceKind().label(),
          r == null ? null : r.of(text), r == null ? null : r.begin(), r == null ? null : r.end(),
          a.cue().of(text), a.cue().begin(), a.cue().end(), a.cueLemma(), a.cueClass(), a.negated(),
          content, e.begin(), e.end(), a.form().label(), about));
    }
    return out;
  }

  /** Params as Spark's standard metadata JSON; the scorer, when there is one, as a file beside it. */
  private static final class Writer extends MLWriter {
    private final AttributionStage stage;

    Writer(AttributionStage stage) {
      this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter.saveMetadata(stage, path, sc(), Option.empty(), Option.empty());
      if (stage.scorer != null) {
        StageFile.write(sc(), path, SCORER_FILE, "the cue scorer", stage.scorer::write);
      }
    }
  }

  /** A stage saved without {@value #SCORER_FILE} (models before 0.3.0) loads as the rules alone. */
  private static final class Reader extends MLReader<AttributionStage> {
    @Override
    public AttributionStage load(String path) {
      DefaultParamsReader.Metadata metadata =
          DefaultParamsReader.loadMetadata(path, sc(), AttributionStage.class.getName());
      CueScorer scorer = StageFile.readIfPresent(sc(), path, SCORER_FILE, "the cue scorer", CueScorer::read);
      AttributionStage stage = new AttributionStage(metadata.uid(), scorer);
      metadata.getAndSetParams(stage, Option.empty());
      return stage;
    }
  }
}
