package org.claimgraph.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimgraph.attribution.TestDocs.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.claimgraph.attribution.CueScorerTraining.TrainingDocument;
import org.junit.jupiter.api.Test;

class CueScorerTest {
  private static final AttributionExtractor EXTRACTOR = AttributionExtractor.standard();
  private static final List<String> NAMES = List.of("Okafor", "Brennan", "Lindqvist", "Haddad", "Moreau",
      "Tanaka", "Oduya", "Kowalski", "Ferreira", "Nakamura", "Abara", "Vance");

  /**
   * Annotators who, unlike the rules, count a negated denial as a cue and an infinitive "wants to"
   * as none: a scorer trained on them must overrule the rules in both directions.
   */
  static List<TrainingDocument> training() {
    List<TrainingDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = NAMES.get(i % NAMES.size());
      String text = name + " did not deny that the levy would pass. " + name + " wants to win the vote. "
          + name + " said that the budget was late.";
      AttributionDocument d = doc(text);
      docs.add(new TrainingDocument(d, List.of(span(text, "deny"), span(text, "said"))));
    }
    return docs;
  }

  private static Span span(String text, String word) {
    int b = text.indexOf(word);
    return new Span(b, b + word.length());
  }

  private static List<String> kept(CueScorer scorer, AttributionDocument d) {
    return scorer.select(d, EXTRACTOR.candidates(d)).stream().map(a -> a.cue().of(d.text())).toList();
  }

  @Test
  void learnsWhichCandidatesTheAnnotatorsCountAsCues() {
    AttributionDocument unseen = doc("Reyes did not deny that the port would close. Reyes wants to win the seat. "
        + "Reyes said that the ferry was late.");
    assertThat(EXTRACTOR.candidates(unseen)).extracting(c -> c.attribution().cue().of(unseen.text()))
        .containsExactly("deny", "wants", "said");
    assertThat(EXTRACTOR.extract(unseen)).extracting(a -> a.cue().of(unseen.text()))
        .containsExactly("wants", "said");

    CueScorerTraining.Trained trained = CueScorerTraining.train(training(), EXTRACTOR);

    assertThat(kept(trained.scorer(), unseen)).containsExactly("deny", "said");
    CueScorerTraining.Report report = trained.report();
    assertThat(report.documents()).isEqualTo(40);
    assertThat(report.candidates()).isEqualTo(120);
    assertThat(report.goldCues()).isEqualTo(80);
    assertThat(report.crossValidatedF1()).isGreaterThan(report.rulesOnlyF1()).isEqualTo(1.0);
    assertThat(report.threshold()).isBetween(0.2, 0.6);
  }

  @Test
  void aCandidatesVetoesAreTheSameFeaturesWhateverOrderTheyCameIn() {
    // Their order was Set.copyOf's, which changes from one JVM to the next: one eval run then scored
    // some cues differently from another.
    AttributionDocument d = doc("Ito did not deny that the mine would reopen.");
    Attribution a = EXTRACTOR.candidates(d).get(0).attribution();
    Candidate oneWay = new Candidate(a, new LinkedHashSet<>(List.of(RuleVeto.NOT_A_VERB, RuleVeto.NOT_TO)));
    Candidate otherWay = new Candidate(a, new LinkedHashSet<>(List.of(RuleVeto.NOT_TO, RuleVeto.NOT_A_VERB)));
    assertThat(oneWay.vetoes()).containsExactly(RuleVeto.NOT_A_VERB, RuleVeto.NOT_TO);
    assertThat(otherWay.vetoes()).containsExactly(RuleVeto.NOT_A_VERB, RuleVeto.NOT_TO);
    assertThat(CueFeatures.of(d, otherWay, List.of(otherWay))).containsExactly(CueFeatures.of(d, oneWay, List.of(oneWay)));
  }

  @Test
  void savedScorerScoresAsTheOriginal() throws IOException {
    CueScorer scorer = CueScorerTraining.train(training(), EXTRACTOR).scorer();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    scorer.write(bytes);
    CueScorer loaded = CueScorer.read(new ByteArrayInputStream(bytes.toByteArray()), "test");

    AttributionDocument d = doc("Ito did not deny that the mine would reopen. Ito said that the pay was fair.");
    List<Candidate> candidates = EXTRACTOR.candidates(d);
    for (Candidate c : candidates) {
      assertThat(loaded.probability(d, c, candidates))
          .isCloseTo(scorer.probability(d, c, candidates), org.assertj.core.data.Offset.offset(1e-6));
    }
    assertThat(loaded.threshold()).isEqualTo(scorer.threshold());
    assertThat(loaded.featureCount()).isEqualTo(scorer.featureCount()).isPositive();
  }

  @Test
  void refusesAFileThatIsNotAScorer() {
    assertThatThrownBy(() -> CueScorer.read(new ByteArrayInputStream("not a scorer".getBytes()), "junk.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("junk.bin is not a claimgraph cue scorer");
  }
}
