package org.claimgraph.nlp.ner;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.AnnotatorType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.StageFile;
import scala.Option;
import scala.collection.Seq;

/**
 * Spark ML stage that tags Spark NLP {@code token} annotations with named entities, one
 * {@code named_entity} annotation per token (IOB2 tag in {@code result}), in the layout Spark
 * NLP's own NER annotators produce, so {@code NerConverter} can turn them into chunks. Each row
 * is one document: the tagger uses context across its sentences.
 */
public final class NerTagger extends Model<NerTagger> implements MLWritable {
  private static final long serialVersionUID = 1L;
  static final String MODEL_FILE = "data/ner-model.bin.gz";

  private final String uid;
  private final NerTaggerCore core;
  private final StringArrayParam inputCols;
  private final Param<String> outputCol;

  public NerTagger(NerTaggerCore core) {
    this(Identifiable.randomUID("NerTagger"), core);
  }

  private NerTagger(String uid, NerTaggerCore core) {
    this.uid = uid;
    this.core = core;
    this.inputCols = new StringArrayParam(this, "inputCols",
        "document and token annotation columns, in that order");
    this.outputCol = new Param<>(this, "outputCol", "named_entity annotation column to add");
    setDefault(inputCols, new String[] {"document", "token"});
    setDefault(outputCol, "ner");
  }

  @Override
  public String uid() {
    return uid;
  }

  public StringArrayParam inputCols() {
    return inputCols;
  }

  public Param<String> outputCol() {
    return outputCol;
  }

  public NerTagger setInputCols(String document, String token) {
    set(inputCols, new String[] {document, token});
    return this;
  }

  public NerTagger setOutputCol(String name) {
    set(outputCol, name);
    return this;
  }

  public String getOutputCol() {
    return $(outputCol);
  }

  public NerTaggerCore core() {
    return core;
  }

  private String tokenCol() {
    return $(inputCols)[1];
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String[] inputs = $(inputCols);
    if (inputs.length != 2) {
      throw ClaimgraphException.of("NerTagger needs two input columns, got "
          + Arrays.toString(inputs), "it reads a document and a token annotation column.",
          "call setInputCols(\"document\", \"token\").");
    }
    List<String> names = Arrays.asList(schema.fieldNames());
    for (String input : inputs) {
      if (!names.contains(input)) {
        throw ClaimgraphException.of("NerTagger input column '" + input + "' is missing",
            "the dataset has only " + names + ".",
            "run DocumentAssembler, SentenceDetector and Tokenizer first, or fix setInputCols.");
      }
    }
    if (names.contains($(outputCol))) {
      throw ClaimgraphException.of("NerTagger output column '" + $(outputCol) + "' exists",
          "the stage would overwrite it.", "choose another name with setOutputCol.");
    }
    return schema.add(new StructField($(outputCol), Annotation.arrayType(), true,
        outputMetadata()));
  }

  private static Metadata outputMetadata() {
    return new MetadataBuilder().putString("annotatorType", AnnotatorType.NAMED_ENTITY()).build();
  }

  /**
   * Only the token strings and sentence ids cross into Java (as plain string arrays) and only the
   * tag strings come back; the annotation structs are assembled by Spark's own generated code.
   * Converting whole annotation rows (with their metadata maps) to and from Java objects cost
   * more than the tagging itself.
   */
  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    // The model travels as its own compact bytes, whatever serializer (Java or Kryo) Spark uses;
    // each executor JVM decodes it once.
    Broadcast<byte[]> shared = JavaSparkContext
        .fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(modelBytes());
    // Non-deterministic so that the optimiser never inlines the call into the per-token lambda
    // below (which would tag the whole document once per token).
    UserDefinedFunction tagTokens = functions.udf(
        (UDF2<Seq<String>, Seq<String>, String[]>) (words, sentences) ->
            tag(decoded(shared), words, sentences),
        DataTypes.createArrayType(DataTypes.StringType)).asNondeterministic();
    String token = quote(tokenCol());
    Column words = functions.expr(token + ".result");
    Column sentences = functions.expr("transform(" + token
        + ", t -> coalesce(t.metadata['sentence'], '0'))");
    String tags = "__ner_tags_" + uid.replaceAll("\\W", "_");
    Column annotations = functions.expr("transform(" + token + ", (t, i) -> named_struct("
        + "'annotatorType', '" + AnnotatorType.NAMED_ENTITY() + "', "
        + "'begin', t.begin, 'end', t.end, 'result', " + quote(tags) + "[i], "
        + "'metadata', map('word', t.result, 'sentence', "
        + "coalesce(t.metadata['sentence'], '0')), "
        + "'embeddings', cast(array() as array<float>)))");
    return dataset.withColumn(tags, tagTokens.apply(words, sentences))
        .withColumn($(outputCol), annotations.as($(outputCol), outputMetadata()))
        .drop(tags);
  }

  private static final Map<Long, NerTaggerCore> DECODED = new ConcurrentHashMap<>();

  private byte[] modelBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      core.save(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static NerTaggerCore decoded(Broadcast<byte[]> model) {
    NerTaggerCore core = DECODED.get(model.id());
    if (core == null) {
      synchronized (DECODED) {
        core = DECODED.get(model.id());
        if (core == null) {
          if (DECODED.size() > 8) {
            DECODED.clear();
          }
          core = NerTaggerCore.load(new ByteArrayInputStream(model.value()), "broadcast model");
          DECODED.put(model.id(), core);
        }
      }
    }
    return core;
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  /** Tags one document given its token strings and each token's sentence id. */
  static String[] tag(NerTaggerCore core, Seq<String> words, Seq<String> sentenceIds) {
    if (words == null) {
      return null;
    }
    int n = words.length();
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = null;
    String currentId = null;
    for (int k = 0; k < n; k++) {
      String id = sentenceIds.apply(k);
      if (current == null || !id.equals(currentId)) {
        current = new ArrayList<>();
        sentences.add(current);
        currentId = id;
      }
      current.add(words.apply(k));
    }
    int[][] tags = core.tagIndices(sentences);
    String[] out = new String[n];
    int k = 0;
    for (int[] sentence : tags) {
      for (int t : sentence) {
        out[k++] = NerTags.iob2(t);
      }
    }
    return out;
  }

  @Override
  public NerTagger copy(ParamMap extra) {
    return copyValues(new NerTagger(uid, core), extra);
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  public static MLReader<NerTagger> read() {
    return new Reader();
  }

  public static NerTagger load(String path) {
    return read().load(path);
  }

  /** Params as Spark's standard metadata JSON; the model as one binary file beside it. */
  private static final class Writer extends MLWriter {
    private final NerTagger stage;

    Writer(NerTagger stage) {
      this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter.saveMetadata(stage, path, sc(), Option.empty(), Option.empty());
      StageFile.write(sc(), path, MODEL_FILE, "the NER model", stage.core::save);
    }
  }

  private static final class Reader extends MLReader<NerTagger> {
    @Override
    public NerTagger load(String path) {
      DefaultParamsReader.Metadata metadata =
          DefaultParamsReader.loadMetadata(path, sc(), NerTagger.class.getName());
      NerTaggerCore core = StageFile.readIfPresent(sc(), path, MODEL_FILE, "the NER model", NerTaggerCore::load);
      if (core == null) {
        throw ClaimgraphException.of("No NER model file at " + new Path(path, MODEL_FILE) + ".",
            "A saved NerTagger stage keeps its weights in " + MODEL_FILE + ".",
            "Point to a directory written by NerTagger.save or PipelineModel.save.");
      }
      NerTagger stage = new NerTagger(metadata.uid(), core);
      metadata.getAndSetParams(stage, Option.empty());
      return stage;
    }
  }
}
