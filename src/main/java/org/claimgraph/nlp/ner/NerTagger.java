package org.claimgraph.nlp.ner;

import com.johnsnowlabs.nlp.AnnotatorType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.StageFile;
import org.claimgraph.nlp.TokenTagging;
import scala.Option;

/**
 * Spark ML stage that tags Spark NLP {@code token} annotations with named entities, one
 * {@code named_entity} annotation per token (IOB2 tag in {@code result}), in the layout Spark
 * NLP's own NER annotators produce, so {@code NerConverter} can turn them into chunks. Each row
 * is one document: the tagger uses context across its sentences. The Spark side is
 * {@link TokenTagging}.
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
    return TokenTagging.outputSchema(schema, "NerTagger", $(inputCols), $(outputCol),
        AnnotatorType.NAMED_ENTITY());
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    // The model travels as its own compact bytes, whatever serializer (Java or Kryo) Spark uses.
    Broadcast<byte[]> shared = JavaSparkContext
        .fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(modelBytes());
    return TokenTagging.annotate(dataset, tokenCol(), $(outputCol), AnnotatorType.NAMED_ENTITY(),
        shared, bytes -> NerTaggerCore.load(new ByteArrayInputStream(bytes), "broadcast model"),
        NerTagger::tag);
  }

  private byte[] modelBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      core.save(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<String[]> tag(NerTaggerCore core, List<List<String>> sentences) {
    int[][] tags = core.tagIndices(sentences);
    List<String[]> out = new ArrayList<>(tags.length);
    for (int[] sentence : tags) {
      String[] names = new String[sentence.length];
      for (int i = 0; i < sentence.length; i++) {
        names[i] = NerTags.iob2(sentence[i]);
      }
      out.add(names);
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
