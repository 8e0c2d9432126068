package org.claimgraph.nlp.pos;

import com.johnsnowlabs.nlp.AnnotatorType;
import java.util.List;
import org.apache.spark.ml.util.MLReader;
import org.claimgraph.nlp.TokenTaggerStage;

/**
 * Spark ML stage that gives every Spark NLP {@code token} annotation a Penn Treebank tag, one
 * {@code pos} annotation per token in the layout of Spark NLP's {@code PerceptronModel}, so the
 * stages after it (NER, attribution, Spark NLP's dependency parser) read it the same way. It
 * replaced that model, which took about seven times as long per token and most of the
 * pipeline's load time.
 */
public final class PosTagger extends TokenTaggerStage<PosTagger, PosTaggerCore> {
  private static final long serialVersionUID = 1L;
  /** {@code PosTagger.KIND.create(core)} makes a stage. */
  public static final Kind<PosTagger, PosTaggerCore> KIND = new Kind<>(PosTagger.class, AnnotatorType.POS(), "pos",
      "data/pos-model.bin.gz", "the POS model", PosTaggerCore::save, PosTaggerCore::load,
      PosTagger::tag, PosTagger::new);

  private PosTagger(String uid, PosTaggerCore core) {
    super(KIND, uid, core);
  }

  private static List<String[]> tag(PosTaggerCore core, List<List<String>> sentences) {
    return sentences.stream().map(core::tag).toList();
  }

  public static MLReader<PosTagger> read() {
    return KIND.reader();
  }
}
