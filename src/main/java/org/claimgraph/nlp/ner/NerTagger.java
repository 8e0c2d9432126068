package org.claimgraph.nlp.ner;

import com.johnsnowlabs.nlp.AnnotatorType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.util.MLReader;
import org.claimgraph.nlp.TokenTaggerStage;

/**
 * Spark ML stage that tags Spark NLP {@code token} annotations with named entities, one
 * {@code named_entity} annotation per token (IOB2 tag in {@code result}), in the layout Spark
 * NLP's own NER annotators produce, so {@code NerConverter} can turn them into chunks. Each row
 * is one document: the tagger uses context across its sentences.
 */
public final class NerTagger extends TokenTaggerStage<NerTagger, NerTaggerCore> {
  private static final long serialVersionUID = 1L;
  /** {@code NerTagger.KIND.create(core)} makes a stage. */
  public static final Kind<NerTagger, NerTaggerCore> KIND = new Kind<>(NerTagger.class, AnnotatorType.NAMED_ENTITY(),
      "ner", "data/ner-model.bin.gz", "the NER model", NerTaggerCore::save, NerTaggerCore::load,
      NerTagger::tag, NerTagger::new);

  private NerTagger(String uid, NerTaggerCore core) {
    super(KIND, uid, core);
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

  public static MLReader<NerTagger> read() {
    return KIND.reader();
  }
}
