package org.claimgraph.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.learning.CompactForm;

/**
 * The trained named-entity tagger, free of Spark: tags the sentences of one document with IOB2
 * tags. With two passes, the second pass sees what the first predicted across the document.
 * Thread-safe after construction.
 */
public final class NerTaggerCore implements Serializable {
  private static final long serialVersionUID = 1L;
  /** "NER2": BILOU tags. "NER1" files (IOB2 weights) cannot be read by this version. */
  private static final int FORMAT_MAGIC = 0x4e455232;

  private final FeatureGroups groups;
  private final transient Gazetteer gazetteer;
  private final transient BrownClusters brown;
  private final transient LinearSequenceModel firstPass;
  private final transient LinearSequenceModel secondPass;
  private final transient FeatureExtractor extractor;

  NerTaggerCore(FeatureGroups groups, Gazetteer gazetteer, BrownClusters brown, LinearSequenceModel firstPass, LinearSequenceModel secondPass) {
    this.groups = groups;
    this.gazetteer = gazetteer;
    this.brown = brown;
    this.firstPass = firstPass;
    this.secondPass = secondPass;
    this.extractor = new FeatureExtractor(groups, gazetteer, brown);
  }

  /** Tags every token of a document given as sentences of token strings. */
  public List<List<String>> tag(List<List<String>> sentences) {
    int[][] tags = tagIndices(sentences);
    List<List<String>> out = new ArrayList<>(tags.length);
    for (int[] sentence : tags) {
      List<String> names = new ArrayList<>(sentence.length);
      for (int t : sentence) {
        names.add(NerTags.iob2(t));
      }
      out.add(names);
    }
    return out;
  }

  int[][] tagIndices(List<List<String>> sentences) {
    long[][][] features = extractor.extract(sentences, null);
    int[][] tags = decode(firstPass, features, sentences);
    if (secondPass != null) {
      tags = decode(secondPass, FeatureExtractor.withHistory(sentences, features, tags), sentences);
    }
    return tags;
  }

  static int[][] decode(LinearSequenceModel model, long[][][] features) {
    return decode(model, features, null);
  }

  /**
   * With {@code sentences} given, a run of several punctuation marks may sit inside a name but
   * never begin or end one: Spark NLP's tokenizer leaves {@code ,"} in one piece, a token the
   * CoNLL training data (one mark per token) never shows, and the tagger took it for the first
   * word of the name after it.
   */
  private static int[][] decode(LinearSequenceModel model, long[][][] features,
      List<List<String>> sentences) {
    int[][] tags = new int[features.length][];
    for (int s = 0; s < features.length; s++) {
      long[][] sentence = features[s];
      float[] emit = new float[sentence.length * NerTags.COUNT];
      for (int i = 0; i < sentence.length; i++) {
        model.scoreKeys(sentence[i], sentence[i].length, emit, i * NerTags.COUNT);
        if (sentences != null && isPunctuationRun(sentences.get(s).get(i))) {
          for (int t = 1; t < NerTags.COUNT; t++) {
            if (NerTags.isBegin(t) || NerTags.closes(t)) {
              emit[i * NerTags.COUNT + t] = Float.NEGATIVE_INFINITY;
            }
          }
        }
      }
      tags[s] = model.viterbi(emit, sentence.length);
    }
    return tags;
  }

  private static boolean isPunctuationRun(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public FeatureGroups featureGroups() {
    return groups;
  }

  /** Number of weighted features in all passes, for reports. */
  public int featureCount() {
    return firstPass.index.size() + (secondPass == null ? 0 : secondPass.index.size());
  }

  public void save(OutputStream stream) throws IOException {
    DataOutputStream out = CompactForm.gzipOut(stream, FORMAT_MAGIC);
    out.writeInt(groups.bits());
    out.writeBoolean(gazetteer != null);
    if (gazetteer != null) {
      gazetteer.write(out);
    }
    // Once the place of k-means word clusters, an experiment no released model used; the flag
    // stays so that every released model file keeps its layout.
    out.writeBoolean(false);
    if (groups.brown()) {
      // Only models with the Brown feature group carry this field, so older files still load.
      out.writeBoolean(brown != null);
      if (brown != null) {
        brown.write(out);
      }
    }
    ModelIo.write(firstPass, out);
    out.writeBoolean(secondPass != null);
    if (secondPass != null) {
      ModelIo.write(secondPass, out);
    }
    out.close();
  }

  /** Reads a model written by {@link #save}; the stream is consumed and closed. */
  public static NerTaggerCore load(InputStream stream, String source) {
    try (DataInputStream in = CompactForm.gzipIn(stream, FORMAT_MAGIC, "NER")) {
      FeatureGroups groups = FeatureGroups.ofBits(in.readInt());
      Gazetteer gazetteer = in.readBoolean() ? Gazetteer.read(in) : null;
      if (in.readBoolean()) {
        throw new IOException("the model carries k-means word clusters, a feature this version no longer has");
      }
      BrownClusters brown = groups.brown() && in.readBoolean() ? BrownClusters.read(in) : null;
      LinearSequenceModel first = ModelIo.read(in);
      LinearSequenceModel second = in.readBoolean() ? ModelIo.read(in) : null;
      return new NerTaggerCore(groups, gazetteer, brown, first, second);
    } catch (IOException | RuntimeException e) {
      throw ClaimgraphException.of("cannot load the NER model from " + source,
          "the file is missing, truncated or not written by this version (" + e + ").",
          "retrain it with `NerTrainer` or point to a directory saved by NerTagger.save.", e);
    }
  }

  /** Java serialisation (Spark broadcasts) goes through the compact binary format. */
  private Object writeReplace() {
    return CompactForm.of(this::save, NerTaggerCore::load);
  }
}
