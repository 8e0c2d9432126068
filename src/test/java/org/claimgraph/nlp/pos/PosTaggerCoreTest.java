package org.claimgraph.nlp.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.UniversalDependencies;
import org.junit.jupiter.api.Test;

class PosTaggerCoreTest {
  private static final List<PosTrainer.Sentence> TINY = tinyTreebank();
  private static final PosTaggerCore CORE = PosTrainer.train(TINY, 10, 1L);

  static List<PosTrainer.Sentence> tinyTreebank() {
    try {
      Path file = Path.of(PosTaggerCoreTest.class.getResource("/ud/tiny.conllu").toURI());
      return UniversalDependencies.read(file).stream()
          .map(s -> new PosTrainer.Sentence(
              s.words().stream().map(UniversalDependencies.Word::form).toList(),
              s.words().stream().map(UniversalDependencies.Word::xpos).toList()))
          .toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void learnsItsTrainingSentences() {
    for (PosTrainer.Sentence s : TINY) {
      assertThat(CORE.tag(s.words())).containsExactlyElementsOf(s.tags());
    }
  }

  @Test
  void tagSetIsTheTreebanksPennTags() {
    assertThat(CORE.tagSet()).contains("DT", "NN", "VBD", "NNP", ".").doesNotContain("NOUN");
  }

  @Test
  void roundTripsThroughSaveLoadAndJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CORE.save(bytes);
    PosTaggerCore loaded = PosTaggerCore.load(new ByteArrayInputStream(bytes.toByteArray()), "mem");
    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
      out.writeObject(CORE);
    }
    PosTaggerCore deserialised;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(serialised.toByteArray()))) {
      deserialised = (PosTaggerCore) in.readObject();
    }
    List<String> unseen = List.of("The", "spokesman", "denied", "that", "prices", "rose", ".");
    assertThat(loaded.tag(unseen)).containsExactly(CORE.tag(unseen));
    assertThat(deserialised.tag(unseen)).containsExactly(CORE.tag(unseen));
  }

  @Test
  void aCorruptModelFailsWithAnActionableError() {
    assertThatThrownBy(() -> PosTaggerCore.load(new ByteArrayInputStream(new byte[] {1, 2}),
        "broken.bin"))
        .isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("broken.bin");
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertThat(CORE.tag(List.of())).isEmpty();
  }
}
