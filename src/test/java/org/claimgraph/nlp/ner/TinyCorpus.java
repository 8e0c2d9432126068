package org.claimgraph.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/** A hand-written training set small enough to learn in a fraction of a second. */
final class TinyCorpus {
  private static final String[] SENTENCES = {
    "Peter/B-PER Miller/I-PER visited/O Berlin/B-LOC on/O Monday/O ./O",
    "Mary/B-PER Jones/I-PER works/O for/O Acme/B-ORG Corp/I-ORG in/O Paris/B-LOC ./O",
    "Acme/B-ORG Corp/I-ORG said/O profits/O rose/O ./O",
    "The/O mayor/O of/O Paris/B-LOC met/O Peter/B-PER Miller/I-PER ./O",
    "Shares/O of/O Globex/B-ORG fell/O in/O London/B-LOC ./O",
    "John/B-PER Smith/I-PER said/O the/O deal/O was/O fair/O ./O",
    "Globex/B-ORG hired/O Mary/B-PER Jones/I-PER in/O Berlin/B-LOC ./O",
    "Police/O in/O London/B-LOC arrested/O John/B-PER Smith/I-PER ./O",
    "The/O French/B-MISC company/O Acme/B-ORG Corp/I-ORG grew/O ./O",
    "He/O said/O it/O was/O a/O good/O year/O for/O Globex/B-ORG ./O",
  };

  private TinyCorpus() {}

  /** Two documents of five sentences each. */
  static List<LabeledDocument> documents() {
    List<LabeledDocument> docs = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      List<List<String>> words = new ArrayList<>();
      List<List<String>> tags = new ArrayList<>();
      for (int s = d * 5; s < d * 5 + 5; s++) {
        List<String> w = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (String pair : SENTENCES[s].split(" ")) {
          int slash = pair.lastIndexOf('/');
          w.add(pair.substring(0, slash));
          t.add(pair.substring(slash + 1));
        }
        words.add(w);
        tags.add(t);
      }
      docs.add(new LabeledDocument(words, tags));
    }
    return docs;
  }

  static NerTaggerCore train() {
    NerTrainingOptions options = new NerTrainingOptions(FeatureGroups.withoutNews(), 10, 10, 1, 2, 1L);
    return NerTrainer.train(documents(), documents(), options);
  }
}
