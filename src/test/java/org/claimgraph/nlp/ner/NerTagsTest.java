package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.claimgraph.nlp.learning.FeatureIndex;
import org.junit.jupiter.api.Test;

class NerTagsTest {

  private static List<String> names(int[] tags) {
    return Arrays.stream(tags).mapToObj(t -> NerTags.TAGS.get(t)).toList();
  }

  @Test
  void encodesIob2AsBilouAndBack() {
    List<String> iob2 = List.of("B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "B-ORG");
    int[] bilou = NerTags.encode(iob2);

    assertThat(names(bilou))
        .containsExactly("B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC", "U-ORG");
    assertThat(Arrays.stream(bilou).mapToObj(NerTags::iob2).toList()).isEqualTo(iob2);
  }

  @Test
  void onlyCompleteNamesAreValidSequences() {
    int bPer = NerTags.index("B-PER");
    int iPer = NerTags.index("I-PER");
    int lPer = NerTags.index("L-PER");
    int uPer = NerTags.index("U-PER");
    int lOrg = NerTags.index("L-ORG");

    assertThat(NerTags.allowed(-1, bPer)).isTrue();
    assertThat(NerTags.allowed(-1, lPer)).as("a name cannot end before it began").isFalse();
    assertThat(NerTags.allowed(bPer, lPer)).isTrue();
    assertThat(NerTags.allowed(bPer, lOrg)).as("a name keeps its type").isFalse();
    assertThat(NerTags.allowed(bPer, 0)).as("an open name must be closed first").isFalse();
    assertThat(NerTags.allowed(iPer, uPer)).isFalse();
    assertThat(NerTags.allowed(uPer, bPer)).isTrue();
    assertThat(NerTags.closes(bPer)).isFalse();
    assertThat(NerTags.closes(lPer)).isTrue();
  }

  @Test
  void viterbiNeverEndsASentenceInsideAName() {
    // Emissions favour B-PER on the last token; the decoder must still close the name.
    float[] emit = new float[2 * NerTags.COUNT];
    emit[NerTags.index("U-LOC")] = 1f;
    emit[NerTags.COUNT + NerTags.index("B-PER")] = 5f;
    emit[NerTags.COUNT] = 1f;
    LinearSequenceModel model = new LinearSequenceModel(new FeatureIndex(4), new float[0],
        new float[(NerTags.COUNT + 1) * NerTags.COUNT]);

    int[] tags = model.viterbi(emit, 2);

    assertThat(names(tags)).containsExactly("U-LOC", "O");
  }
}
