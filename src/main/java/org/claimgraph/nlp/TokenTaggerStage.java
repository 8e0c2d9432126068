package org.claimgraph.nlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import scala.Option;

/**
 * A Spark ML stage that gives every Spark NLP token annotation one annotation of its own (a POS
 * tag, an entity tag), computed from a model held in memory. Saved as Spark's standard metadata
 * JSON with the model as one binary file beside it ({@link StageFile}).
 *
 * @param <S> the concrete stage
 * @param <M> its model
 */
public abstract class TokenTaggerStage<S extends TokenTaggerStage<S, M>, M> extends Model<S>
    implements MLWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final String annotatorType;
  private final StringArrayParam inputCols;
  private final Param<String> outputCol;

  /** @param annotatorType the Spark NLP annotator type of the output annotations */
  protected TokenTaggerStage(String uid, String annotatorType, String defaultOutput) {
    this.uid = uid;
    this.annotatorType = annotatorType;
    this.inputCols = new StringArrayParam(this, "inputCols",
        "document and token annotation columns, in that order");
    this.outputCol = new Param<>(this, "outputCol", annotatorType + " annotation column to add");
    setDefault(inputCols, new String[] {NlpColumns.DOCUMENT, NlpColumns.TOKEN});
    setDefault(outputCol, defaultOutput);
  }

  /** Writes the model in the format {@link #decoder} reads. */
  protected abstract void saveModel(OutputStream out) throws IOException;

  protected abstract TokenTagging.Decoder<M> decoder();

  protected abstract TokenTagging.Tagger<M> tagger();

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

  @SuppressWarnings("unchecked")
  public S setInputCols(String document, String token) {
    set(inputCols, new String[] {document, token});
    return (S) this;
  }

  @SuppressWarnings("unchecked")
  public S setOutputCol(String name) {
    set(outputCol, name);
    return (S) this;
  }

  public String[] getInputCols() {
    return $(inputCols);
  }

  public String getOutputCol() {
    return $(outputCol);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return TokenTagging.outputSchema(schema, getClass().getSimpleName(), $(inputCols),
        $(outputCol), annotatorType);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    // The model travels as its own compact bytes, whatever serializer (Java or Kryo) Spark uses.
    Broadcast<byte[]> shared = JavaSparkContext
        .fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(modelBytes());
    return TokenTagging.annotate(dataset, $(inputCols)[1], $(outputCol), annotatorType, shared,
        decoder(), tagger());
  }

  private byte[] modelBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      saveModel(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the params as Spark's metadata JSON and the model to {@code modelFile}. */
  protected static final class Writer extends MLWriter {
    private final TokenTaggerStage<?, ?> stage;
    private final String modelFile;
    private final String what;

    public Writer(TokenTaggerStage<?, ?> stage, String modelFile, String what) {
      this.stage = stage;
      this.modelFile = modelFile;
      this.what = what;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter.saveMetadata(stage, path, sc(), Option.empty(), Option.empty());
      StageFile.write(sc(), path, modelFile, what, stage::saveModel);
    }
  }

  /** Reads what {@link Writer} wrote: the model, then the stage with its uid and params. */
  protected static final class Reader<S extends TokenTaggerStage<S, M>, M> extends MLReader<S> {
    private final Class<S> type;
    private final String modelFile;
    private final String what;
    private final StageFile.Parser<M> parser;
    private final BiFunction<String, M, S> create;

    public Reader(Class<S> type, String modelFile, String what, StageFile.Parser<M> parser,
        BiFunction<String, M, S> create) {
      this.type = type;
      this.modelFile = modelFile;
      this.what = what;
      this.parser = parser;
      this.create = create;
    }

    @Override
    public S load(String path) {
      DefaultParamsReader.Metadata metadata =
          DefaultParamsReader.loadMetadata(path, sc(), type.getName());
      M model = StageFile.readIfPresent(sc(), path, modelFile, what, parser);
      if (model == null) {
        throw ClaimgraphException.of("No " + what + " file at " + new Path(path, modelFile) + ".",
            "A saved " + type.getSimpleName() + " stage keeps its weights in " + modelFile + ".",
            "Point to a directory written by PipelineModel.save.");
      }
      S stage = create.apply(metadata.uid(), model);
      metadata.getAndSetParams(stage, Option.empty());
      return stage;
    }
  }
}
