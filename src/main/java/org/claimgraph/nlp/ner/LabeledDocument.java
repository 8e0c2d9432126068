package org.claimgraph.nlp.ner;

import java.util.List;

/** One document of a labelled corpus: its sentences' tokens and their IOB2 tags, aligned. */
public record LabeledDocument(List<List<String>> sentences, List<List<String>> tags) {
  public LabeledDocument {
    if (sentences.size() != tags.size()) {
      throw new IllegalArgumentException("sentences and tags differ in length");
    }
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(List::size).sum();
  }
}
