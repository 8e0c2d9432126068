package org.claimgraph.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
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
import scala.Option;

/**
 * A Spark ML stage that gives every Spark NLP token annotation one annotation of its own (a POS
 * tag, an entity tag), computed from a model held in memory. Saved as Spark's standard metadata
 * JSON with the model as one binary file beside it ({@link StageFile}). A concrete tagger only
 * says, in its {@link Kind}, how its model is saved, read and applied.
 *
 * @param <S> the concrete stage
 * @param <M> its model
 */
public abstract class TokenTaggerStage<S extends TokenTaggerStage<S, M>, M> extends Model<S>
    implements MLWritable {
  private static final long serialVersionUID = 1L;

  /** Writes a model in the binary form {@link Loader} reads. */
  public interface Saver<M> extends Serializable {
    void save(M model, OutputStream out) throws IOException;
  }

  /** Reads a model; {@code source} names it in errors. */
  public interface Loader<M> extends Serializable {
    M load(InputStream in, String source);
  }

  /** Makes the concrete stage with a given uid around a model. */
  public interface Factory<S, M> extends Serializable {
    S create(String uid, M model);
  }

  /**
   * What makes one tagger: its class, the annotations it adds, its model file (under the stage
   * directory) and how that file is written, read and used to tag.
   *
   * @param annotatorType the Spark NLP annotator type of the output annotations
   * @param defaultOutput the output column unless {@code setOutputCol} names another
   * @param what names the model in errors ("the NER model")
   */
  public record Kind<S extends TokenTaggerStage<S, M>, M>(Class<S> type, String annotatorType, String defaultOutput,
      String modelFile, String what, Saver<M> saver, Loader<M> loader, TokenTagging.Tagger<M> tagger,
      Factory<S, M> factory) implements Serializable {
    /** A new stage, with a uid of its own, around {@code model}. */
    public S create(M model) {
      return factory.create(Identifiable.randomUID(type.getSimpleName()), model);
    }

    /** The reader Spark ML finds through the concrete class's static {@code read()}. */
    public MLReader<S> reader() {
      return new Reader<>(this);
    }
  }

  private final Kind<S, M> kind;
  private final M model;
  private final String uid;
  private final String annotatorType;
  private final StringArrayParam inputCols;
  private final Param<String> outputCol;

  protected TokenTaggerStage(Kind<S, M> kind, String uid, M model) {
    this.kind = kind;
    this.model = model;
    this.uid = uid;
    this.annotatorType = kind.annotatorType();
    this.inputCols = new StringArrayParam(this, "inputCols",
        "document and token annotation columns, in that order");
    this.outputCol = new Param<>(this, "outputCol", annotatorType + " annotation column to add");
    setDefault(inputCols, new String[] {NlpColumns.DOCUMENT, NlpColumns.TOKEN});
    setDefault(outputCol, kind.defaultOutput());
  }

  /** The model this stage tags with. */
  public M core() {
    return model;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public S copy(ParamMap extra) {
    return copyValues(kind.factory().create(uid, model), extra);
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  private void saveModel(OutputStream out) throws IOException {
    kind.saver().save(model, out);
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
    Loader<M> loader = kind.loader();
    TokenTagging.Decoder<M> decoder = bytes -> loader.load(new ByteArrayInputStream(bytes), "broadcast model");
    return TokenTagging.annotate(dataset, $(inputCols)[1], $(outputCol), annotatorType, shared,
        decoder, kind.tagger());
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

  /** Writes the params as Spark's metadata JSON and the model to the kind's model file. */
  private static final class Writer extends MLWriter {
    private final TokenTaggerStage<?, ?> stage;

    Writer(TokenTaggerStage<?, ?> stage) {
      this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter.saveMetadata(stage, path, sc(), Option.empty(), Option.empty());
      StageFile.write(sc(), path, stage.kind.modelFile(), stage.kind.what(), stage::saveModel);
    }
  }

  /** Reads what {@link Writer} wrote: the model, then the stage with its uid and params. */
  private static final class Reader<S extends TokenTaggerStage<S, M>, M> extends MLReader<S> {
    private final Kind<S, M> kind;

    Reader(Kind<S, M> kind) {
      this.kind = kind;
    }

    @Override
    public S load(String path) {
      DefaultParamsReader.Metadata metadata =
          DefaultParamsReader.loadMetadata(path, sc(), kind.type().getName());
      M model = StageFile.readIfPresent(sc(), path, kind.modelFile(), kind.what(), kind.loader()::load);
      if (model == null) {
        throw ClaimgraphException.of("No " + kind.what() + " file at " + new Path(path, kind.modelFile()) + ".",
            "A saved " + kind.type().getSimpleName() + " stage keeps its weights in " + kind.modelFile() + ".",
            "Point to a directory written by PipelineModel.save.");
      }
      S stage = kind.factory().create(metadata.uid(), model);
      metadata.getAndSetParams(stage, Option.empty());
      return stage;
    }
  }
}
