package org.claimgraph.nlp.pos;

import com.johnsnowlabs.nlp.AnnotatorType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.StageFile;
import org.claimgraph.nlp.TokenTagging;
import scala.Option;

/**
 * Spark ML stage that gives every Spark NLP {@code token} annotation a Penn Treebank tag, one
 * {@code pos} annotation per token in the layout of Spark NLP's {@code PerceptronModel}, so the
 * stages after it (NER, attribution, Spark NLP's dependency parser) read it the same way. It
 * replaced that model, which tagged a third as fast and took most of the pipeline's load time.
 */
public final class PosTagger extends Model<PosTagger> implements MLWritable {
  private static final long serialVersionUID = 1L;
  static final String MODEL_FILE = "data/pos-model.bin.gz";

  private final String uid;
  private final PosTaggerCore core;
  private final StringArrayParam inputCols;
  private final Param<String> outputCol;

  public PosTagger(PosTaggerCore core) {
    this(Identifiable.randomUID("PosTagger"), core);
  }

  private PosTagger(String uid, PosTaggerCore core) {
    this.uid = uid;
    this.core = core;
    this.inputCols = new StringArrayParam(this, "inputCols",
        "document and token annotation columns, in that order");
    this.outputCol = new Param<>(this, "outputCol", "pos annotation column to add");
    setDefault(inputCols, new String[] {"document", "token"});
    setDefault(outputCol, "pos");
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

  public PosTagger setInputCols(String document, String token) {
    set(inputCols, new String[] {document, token});
    return this;
  }

  public PosTagger setOutputCol(String name) {
    set(outputCol, name);
    return this;
  }

  public String getOutputCol() {
    return $(outputCol);
  }

  public String[] getInputCols() {
    return $(inputCols);
  }

  public PosTaggerCore core() {
    return core;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return TokenTagging.outputSchema(schema, "PosTagger", $(inputCols), $(outputCol),
        AnnotatorType.POS());
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    Broadcast<byte[]> shared = JavaSparkContext
        .fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(modelBytes());
    return TokenTagging.annotate(dataset, $(inputCols)[1], $(outputCol), AnnotatorType.POS(),
        shared, bytes -> PosTaggerCore.load(new ByteArrayInputStream(bytes), "broadcast model"),
        PosTagger::tag);
  }

  private static List<String[]> tag(PosTaggerCore core, List<List<String>> sentences) {
    return sentences.stream().map(core::tag).toList();
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

  @Override
  public PosTagger copy(ParamMap extra) {
    return copyValues(new PosTagger(uid, core), extra);
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  public static MLReader<PosTagger> read() {
    return new Reader();
  }

  public static PosTagger load(String path) {
    return read().load(path);
  }

  /** Params as Spark's standard metadata JSON; the model as one binary file beside it. */
  private static final class Writer extends MLWriter {
    private final PosTagger stage;

    Writer(PosTagger stage) {
      this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter.saveMetadata(stage, path, sc(), Option.empty(), Option.empty());
      StageFile.write(sc(), path, MODEL_FILE, "the POS model", stage.core::save);
    }
  }

  private static final class Reader extends MLReader<PosTagger> {
    @Override
    public PosTagger load(String path) {
      DefaultParamsReader.Metadata metadata =
          DefaultParamsReader.loadMetadata(path, sc(), PosTagger.class.getName());
      PosTaggerCore core = StageFile.readIfPresent(sc(), path, MODEL_FILE, "the POS model",
          PosTaggerCore::load);
      if (core == null) {
        throw ClaimgraphException.of("No POS model file at " + new Path(path, MODEL_FILE) + ".",
            "A saved PosTagger stage keeps its weights in " + MODEL_FILE + ".",
            "Point to a directory written by PipelineModel.save.");
      }
      PosTagger stage = new PosTagger(metadata.uid(), core);
      metadata.getAndSetParams(stage, Option.empty());
      return stage;
    }
  }
}
