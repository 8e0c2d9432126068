package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.Test;

class NerTaggerCoreTest {
  private static final NerTaggerCore CORE = TinyCorpus.train();

  @Test
  void learnsTheTrainingSentences() {
    for (LabeledDocument doc : TinyCorpus.documents()) {
      assertThat(CORE.tag(doc.sentences())).isEqualTo(doc.tags());
    }
  }

  @Test
  void tagsKnownNamesInNewSentences() {
    List<List<String>> tags = CORE.tag(List.of(
        List.of("John", "Smith", "visited", "London", "."),
        List.of("Mary", "Jones", "left", "Globex", ".")));
    assertThat(tags).containsExactly(
        List.of("B-PER", "I-PER", "O", "B-LOC", "O"),
        List.of("B-PER", "I-PER", "O", "B-ORG", "O"));
  }

  @Test
  void aRunOfPunctuationNeverOpensAName() {
    // Spark NLP's tokenizer keeps ,\" together: it must not become the first word of a name.
    List<String> tags = CORE.tag(List.of(
        List.of("\"", "We", "left", ",\"", "John", "Smith", "said", "."))).get(0);
    assertThat(tags.subList(3, 6)).containsExactly("O", "B-PER", "I-PER");
  }

  @Test
  void roundTripsThroughSaveLoadAndJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CORE.save(bytes);
    NerTaggerCore loaded = NerTaggerCore.load(new ByteArrayInputStream(bytes.toByteArray()), "mem");
    NerTaggerCore deserialised = javaRoundTrip(CORE);
    List<List<String>> doc = TinyCorpus.documents().get(1).sentences();
    assertThat(loaded.tag(doc)).isEqualTo(CORE.tag(doc));
    assertThat(deserialised.tag(doc)).isEqualTo(CORE.tag(doc));
  }

  @Test
  void corruptModelFailsWithAnActionableError() {
    assertThatThrownBy(() -> NerTaggerCore.load(
        new ByteArrayInputStream(new byte[] {1, 2, 3}), "broken.bin"))
        .isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("broken.bin");
  }

  @Test
  void readerRejectsMissingFile() {
    assertThatThrownBy(() -> ConllReader.read(java.nio.file.Path.of("/no/such/eng.train")))
        .isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("not found");
  }

  private static NerTaggerCore javaRoundTrip(NerTaggerCore core)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(core);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (NerTaggerCore) in.readObject();
    }
  }
}
