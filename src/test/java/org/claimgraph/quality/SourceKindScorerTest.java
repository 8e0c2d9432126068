package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.SourceKind;
import org.claimgraph.attribution.Span;
import org.claimgraph.quality.BratCorpus.GoldDocument;
import org.claimgraph.quality.SourceKindScorer.Label;
import org.claimgraph.quality.SourceKindScorer.Report;
import org.junit.jupiter.api.Test;

class SourceKindScorerTest {
  static final String TEXT = "Senator Ada Brook said taxes would fall. She said so twice. "
      + "Officials said it was late. The ministry said no. Ruritania said yes. They said maybe.";

  static Span span(String s) {
    int b = TEXT.indexOf(s);
    return new Span(b, b + s.length());
  }

  static String row(String source, String kind, String antecedent, String antecedentKind) {
    Span s = span(source);
    return String.join("\t", "d", "" + s.begin(), "" + s.end(), source, kind, antecedent, antecedentKind);
  }

  static Attribution pred(Span source, SourceKind kind, Span resolved) {
    return new Attribution(0, source, kind, resolved, new Span(source.end() + 1, source.end() + 5), "say", "state",
        List.of(new Span(source.end() + 6, source.end() + 8)), Form.INDIRECT, List.of(), false);
  }

  @Test
  void kindIsRightAgainstTheLabelOrThePronounsReferentAndResolutionByNameContainment() {
    List<Label> labels = SourceKindScorer.parse(List.of(
        row("Senator Ada Brook", "person", "", ""),
        row("She", "pronoun", "Ada Brook", "person"),
        row("Officials", "unnamed", "", ""),
        row("The ministry", "organisation", "", ""),
        row("Ruritania", "place", "", ""),
        row("They", "pronoun", "The ministry|ministry", "organisation")));
    List<Attribution> predicted = List.of(
        // the predicted source is shorter than the gold span but overlaps it
        pred(span("Ada Brook"), SourceKind.PERSON, null),
        // "Brook" lies inside the antecedent "Ada Brook": resolved right
        pred(span("She"), SourceKind.PERSON, span("Brook")),
        pred(span("Officials"), SourceKind.ORGANISATION, null),
        pred(span("Ruritania"), SourceKind.PLACE, null),
        // "They" resolved to the senator: kind and resolution wrong
        pred(span("They"), SourceKind.PERSON, span("Senator Ada Brook")));
    GoldDocument doc = new GoldDocument("d", "", TEXT, List.of());
    GoldDocument other = new GoldDocument("e", "", "Unlabelled.", List.of());

    Report r = SourceKindScorer.score("test", labels, List.of(doc, other), Map.of("d", predicted));

    assertThat(r.byKind().get("person")).containsExactly(1, 1, 1);
    assertThat(r.byKind().get("pronoun")).containsExactly(1, 2, 2);
    assertThat(r.byKind().get("unnamed")).containsExactly(0, 1, 1);
    assertThat(r.byKind().get("organisation")).containsExactly(0, 0, 1); // nothing predicted for "The ministry"
    assertThat(r.byKind().get("place")).containsExactly(1, 1, 1);
    assertThat(r.all()).containsExactly(3, 5, 6);
    assertThat(r.pronounResolution()).containsExactly(1, 2, 2);
    assertThat(r.articles()).isEqualTo(1);
    assertThat(r.toText()).contains("pronoun_resolution").contains("6 labelled gold sources in 1 articles");
  }

  @Test
  void aLabelNotAtItsOffsetsIsAnError() {
    List<Label> labels = SourceKindScorer.parse(List.of(row("She", "pronoun", "Ada Brook", "person")));
    GoldDocument moved = new GoldDocument("d", "", "x" + TEXT, List.of());
    assertThatThrownBy(() -> SourceKindScorer.score("test", labels, List.of(moved), Map.of()))
        .hasMessageContaining("does not belong to this corpus");
  }

  @Test
  void onlyPronounsCarryAnAntecedent() {
    assertThatThrownBy(() -> SourceKindScorer.parse(List.of(row("Officials", "unnamed", "Ada Brook", "person"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceKindScorer.parse(List.of(row("She", "pronoun", "", ""))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedPolnearDevSetHasEveryKindAndEnoughPronouns() {
    List<Label> labels = SourceKindScorer.read(SourceKindScorer.POLNEAR_DEV);
    assertThat(labels).hasSizeGreaterThanOrEqualTo(150);
    assertThat(labels.stream().map(Label::kind).distinct()).containsExactlyInAnyOrderElementsOf(SourceKindScorer.KINDS);
    assertThat(labels.stream().filter(l -> l.kind().equals("pronoun")).count()).isGreaterThanOrEqualTo(25);
    assertThat(labels.stream().map(Label::articleId).distinct().count()).isGreaterThanOrEqualTo(50);
  }
}
