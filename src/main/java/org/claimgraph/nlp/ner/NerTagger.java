package org.claimgraph.nlp.ner;

import com.johnsnowlabs.nlp.AnnotatorType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWriter;
import org.claimgraph.nlp.TokenTaggerStage;
import org.claimgraph.nlp.TokenTagging;

/**
 * Spark ML stage that tags Spark NLP {@code token} annotations with named entities, one
 * {@code named_entity} annotation per token (IOB2 tag in {@code result}), in the layout Spark
 * NLP's own NER annotators produce, so {@code NerConverter} can turn them into chunks. Each row
 * is one document: the tagger uses context across its sentences.
 */
public final class NerTagger extends TokenTaggerStage<NerTagger, NerTaggerCore> {
  private static final long serialVersionUID = 1L;
  static final String MODEL_FILE = "data/ner-model.bin.gz";

  private final NerTaggerCore core;

  public NerTagger(NerTaggerCore core) {
    this(Identifiable.randomUID("NerTagger"), core);
  }

  private NerTagger(String uid, NerTaggerCore core) {
    super(uid, AnnotatorType.NAMED_ENTITY(), "ner");
    this.core = core;
  }

  public NerTaggerCore core() {
    return core;
  }

  @Override
  protected void saveModel(OutputStream out) throws IOException {
    core.save(out);
  }

  @Override
  protected TokenTagging.Decoder<NerTaggerCore> decoder() {
    return bytes -> NerTaggerCore.load(new ByteArrayInputStream(bytes), "broadcast model");
  }

  @Override
  protected TokenTagging.Tagger<NerTaggerCore> tagger() {
    return NerTagger::tag;
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
    return copyValues(new NerTagger(uid(), core), extra);
  }

  @Override
  public MLWriter write() {
    return new Writer(this, MODEL_FILE, "the NER model");
  }

  public static MLReader<NerTagger> read() {
    return new Reader<>(NerTagger.class, MODEL_FILE, "the NER model", NerTaggerCore::load,
        NerTagger::new);
  }

  public static NerTagger load(String path) {
    return read().load(path);
  }
}
