package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.SourceKind;
import org.claimgraph.attribution.Span;
import org.claimgraph.quality.AttributionReport.Score;
import org.claimgraph.quality.BratCorpus.GoldAttribution;
import org.claimgraph.quality.BratCorpus.GoldDocument;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
  //        0         1         2         3         4         5         6         7         8
  //        012345678901234567890123456789012345678901234567890123456789012345678901234567890
  static final String TEXT =
      "\"We will win,\" Smith said. Jones said taxes would rise a lot. Brown said it was fine.";

  static Span span(String s) {
    int b = TEXT.indexOf(s);
    return new Span(b, b + s.length());
  }

  static Attribution pred(Span source, Span cue, Span content) {
    return new Attribution(0, source, source == null ? SourceKind.NONE : SourceKind.PERSON, null, cue, "say",
        "state", List.of(content), Form.INDIRECT, List.of(), false);
  }

  @Test
  void countsCueContentSourceAndEndToEndWithTheDirectIndirectSplit() {
    List<GoldAttribution> gold = List.of(
        // direct: predicted exactly but with a wrong source
        new GoldAttribution(span("Smith"), span("Smith said"), List.of(span("\"We will win,\""))),
        // indirect: predicted with a longer content (overlap but not exact), right source
        new GoldAttribution(span("Jones"), span("Jones said").union(span("Jones said")), List.of(span("taxes would rise"))),
        // indirect: missed
        new GoldAttribution(span("Brown"), span("Brown said"), List.of(span("it was fine"))));
    List<Attribution> predicted = List.of(
        pred(span("Jones said"), span("\" Smith said").union(span("said.")), span("We will win")),
        pred(span("Jones"), new Span(33, 37), span("taxes would rise a lot")),
        pred(null, new Span(27, 28), span("a lot"))); // spurious
    GoldDocument doc = new GoldDocument("d", "", TEXT, gold);
    AttributionReport r = AttributionScorer.score("test", List.of(doc), Map.of("d", predicted), 0, 0);

    assertThat(counts(r.score("cue", "all"))).containsExactly(2L, 3L, 3L);
    // both overlapping cues are longer or shorter than gold's "X said", so none is exact
    assertThat(counts(r.score("cue_exact", "all"))).containsExactly(0L, 3L, 3L);
    assertThat(counts(r.score("content_exact", "all"))).containsExactly(1L, 3L, 3L);
    assertThat(counts(r.score("content_exact", "direct"))).containsExactly(1L, 1L, 1L);
    // Dice("taxes would rise", "taxes would rise a lot") = 2*3/(3+5) = 0.75
    assertThat(counts(r.score("content_overlap", "all"))).containsExactly(2L, 3L, 3L);
    assertThat(counts(r.score("content_overlap", "indirect"))).containsExactly(1L, 2L, 2L);
    assertThat(counts(r.score("source_given_content", "all"))).containsExactly(1L, 2L, 2L);
    assertThat(counts(r.score("end_to_end", "all"))).containsExactly(1L, 3L, 3L);
    assertThat(counts(r.score("end_to_end", "direct"))).containsExactly(0L, 1L, 1L);
    assertThat(r.score("end_to_end", "all").f1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.toJson()).contains("\"measure\":\"end_to_end\"");
    assertThat(r.toText()).contains("content_overlap");
  }

  @Test
  void cueExactIgnoresSpaceAtTheEndsButNotMissingWords() {
    GoldAttribution g = new GoldAttribution(span("Brown"), span("Brown said "), List.of(span("it was fine")));
    GoldDocument doc = new GoldDocument("d", "", TEXT, List.of(g));
    AttributionReport spaced = AttributionScorer.score("test", List.of(doc),
        Map.of("d", List.of(pred(span("Brown"), span("Brown said"), span("it was fine")))), 0, 0);
    Span said = new Span(span("Brown said").begin() + 6, span("Brown said").end());
    AttributionReport shorter = AttributionScorer.score("test", List.of(doc),
        Map.of("d", List.of(pred(span("Brown"), said, span("it was fine")))), 0, 0);

    assertThat(counts(spaced.score("cue_exact", "all"))).containsExactly(1L, 1L, 1L);
    assertThat(counts(shorter.score("cue_exact", "all"))).containsExactly(0L, 1L, 1L);
    assertThat(counts(shorter.score("cue", "all"))).containsExactly(1L, 1L, 1L);
  }

  @Test
  void goldWithoutSourceIsRightWhenNothingIsPredicted() {
    GoldAttribution g = new GoldAttribution(null, span("Brown said"), List.of(span("it was fine")));
    assertThat(AttributionScorer.sourceRight(g, pred(null, span("Brown said"), span("it was fine")))).isTrue();
    assertThat(AttributionScorer.sourceRight(g, pred(span("Brown"), span("Brown said"), span("it was fine"))))
        .isFalse();
  }

  @Test
  void diceAndTrimming() {
    assertThat(AttributionScorer.dice(TEXT, span("taxes would rise"), span("would rise a lot"))).isCloseTo(
        2.0 * 2 / (3 + 4), within(1e-9));
    assertThat(AttributionScorer.trim(TEXT, span("\"We will win,\""))).isEqualTo(span("We will win"));
    assertThat(AttributionScorer.isQuoted(TEXT, span("\"We will win,\""))).isTrue();
    assertThat(AttributionScorer.isQuoted(TEXT, span("taxes would rise"))).isFalse();
  }

  private static List<Long> counts(Score s) {
    return List.of(s.truePositives(), s.predicted(), s.gold());
  }
}
