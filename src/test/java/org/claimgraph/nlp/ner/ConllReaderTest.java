package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  @Test
  void splitsDocumentsAndSentencesAndConvertsIob1ToIob2() throws Exception {
    String text = "-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n"
        + "German JJ I-NP I-MISC\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n"
        + "Smith NNP I-NP B-PER\n\n-DOCSTART- -X- -X- O\n\nBRUSSELS NNP I-NP I-LOC\n";
    List<LabeledDocument> docs = ConllReader.parse(new BufferedReader(new StringReader(text)));
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).containsExactly(
        List.of("EU", "rejects", "German"), List.of("Peter", "Blackburn", "Smith"));
    assertThat(docs.get(0).tags()).containsExactly(
        List.of("B-ORG", "O", "B-MISC"), List.of("B-PER", "I-PER", "B-PER"));
    assertThat(docs.get(1).tags()).containsExactly(List.of("B-LOC"));
  }
}
