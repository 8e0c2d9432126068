package org.claimgraph.nlp.pos;

import com.johnsnowlabs.nlp.AnnotatorType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWriter;
import org.claimgraph.nlp.TokenTaggerStage;
import org.claimgraph.nlp.TokenTagging;

/**
 * Spark ML stage that gives every Spark NLP {@code token} annotation a Penn Treebank tag, one
 * {@code pos} annotation per token in the layout of Spark NLP's {@code PerceptronModel}, so the
 * stages after it (NER, attribution, Spark NLP's dependency parser) read it the same way. It
 * replaced that model, which took about seven times as long per token and most of the
 * pipeline's load time.
 */
public final class PosTagger extends TokenTaggerStage<PosTagger, PosTaggerCore> {
  private static final long serialVersionUID = 1L;
  static final String MODEL_FILE = "data/pos-model.bin.gz";

  private final PosTaggerCore core;

  public PosTagger(PosTaggerCore core) {
    this(Identifiable.randomUID("PosTagger"), core);
  }

  private PosTagger(String uid, PosTaggerCore core) {
    super(uid, AnnotatorType.POS(), "pos");
    this.core = core;
  }

  public PosTaggerCore core() {
    return core;
  }

  @Override
  protected void saveModel(OutputStream out) throws IOException {
    core.save(out);
  }

  @Override
  protected TokenTagging.Decoder<PosTaggerCore> decoder() {
    return bytes -> PosTaggerCore.load(new ByteArrayInputStream(bytes), "broadcast model");
  }

  @Override
  protected TokenTagging.Tagger<PosTaggerCore> tagger() {
    return PosTagger::tag;
  }

  private static List<String[]> tag(PosTaggerCore core, List<List<String>> sentences) {
    return sentences.stream().map(core::tag).toList();
  }

  @Override
  public PosTagger copy(ParamMap extra) {
    return copyValues(new PosTagger(uid(), core), extra);
  }

  @Override
  public MLWriter write() {
    return new Writer(this, MODEL_FILE, "the POS model");
  }

  public static MLReader<PosTagger> read() {
    return new Reader<>(PosTagger.class, MODEL_FILE, "the POS model", PosTaggerCore::load,
        PosTagger::new);
  }

  public static PosTagger load(String path) {
    return read().load(path);
  }
}
