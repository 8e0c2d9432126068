package org.claimgraph.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "Ruch SA" makes the first pass sure that Ruch is an organisation; a bare "Ruch said" later in the
 * article is where it guesses a person. The second pass must hear about the confident use.
 */
class FirstPassEvidenceTest {
  private static final List<List<String>> SENTENCES = List.of(
      List.of("Ruch", "SA", "rose", "."),
      List.of("Ruch", "said", "."));
  private static final FirstPass FIRST = new FirstPass(
      new int[][] {tags("B-ORG", "L-ORG", "O", "O"), tags("U-PER", "O", "O")},
      new float[][] {{9f, 9f, 5f, 5f}, {1f, 3f, 3f}});
  private static final int ORG = NerTags.TYPES.indexOf("ORG") + 1;
  private static final int PER = NerTags.TYPES.indexOf("PER") + 1;

  @Test
  void aWeakUseHearsOfTheStrongerUseElsewhere() {
    assertThat(evidenceFeatures(1, 0))
        .contains(Hashing.combine(FeatureExtractor.HISTORY_STRONGEST, ORG * 2 + 1));
  }

  @Test
  void theStrongUseHearsOfTheWeakerOneAsWeaker() {
    assertThat(evidenceFeatures(0, 0))
        .contains(Hashing.combine(FeatureExtractor.HISTORY_STRONGEST, PER * 2))
        .doesNotContain(Hashing.combine(FeatureExtractor.HISTORY_STRONGEST, PER * 2 + 1));
  }

  @Test
  void lowerCaseWordsGetNoEvidence() {
    assertThat(evidenceFeatures(1, 1)).isEmpty();
  }

  /** Features the evidence group adds to one token's second-pass features. */
  private static Set<Long> evidenceFeatures(int sentence, int token) {
    FeatureGroups with = FeatureGroups.best();
    FeatureGroups without = new FeatureGroups(with.gazetteer(), with.clusters(),
        with.documentContext(), with.twoPass(), with.topicContext(), with.brown(), false);
    Set<Long> added = secondPass(with, sentence, token);
    added.removeAll(secondPass(without, sentence, token));
    return added;
  }

  private static Set<Long> secondPass(FeatureGroups groups, int sentence, int token) {
    FeatureExtractor extractor = new FeatureExtractor(groups, null, null, null);
    long[][][] base = extractor.extract(SENTENCES, null);
    long[] features = extractor.withHistory(SENTENCES, base, FIRST)[sentence][token];
    return Arrays.stream(features).boxed().collect(Collectors.toCollection(HashSet::new));
  }

  private static int[] tags(String... iob) {
    return Arrays.stream(iob).mapToInt(NerTags::index).toArray();
  }
}
