package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.attribution.Span;
import org.claimgraph.quality.BratCorpus.GoldAttribution;
import org.claimgraph.quality.BratCorpus.GoldDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratCorpusTest {
  //                                   0         1         2         3         4         5
  //                                   012345678901234567890123456789012345678901234567890123
  static final String TEXT = "“We will win,” Smith said, “and soon.”\n\nJones said no.";

  @Test
  void readsTheSmallestAnnotatorWithDiscontinuousOutOfOrderSpansAndArgumentsInAnyOrder(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("art.txt"), TEXT);
    String ann = String.join("\n",
        "T1\tContent 27 38;0 14\t“We will win,” “and soon.”",
        "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",   // refers to T's defined later
        "T2\tSource 15 20\tSmith",
        "T3\tCue 21 25\tsaid",
        "T4\tAttribution 21 25\tsaid",
        "T5\tCue 46 50\tsaid",
        "T6\tContent 51 53\tno",
        "T7\tAttribution-no-source 46 50\tsaid",
        "E2\tCue:T5 Attribution-no-source:T7 Content:T6",
        "E3\tAttribution-no-source:T7 ",                    // brat artefact: no arguments
        "T8\tDiscard 0 40\t“We will win,” Smith said, “and soon.”",
        "",                                                  // text field continued over lines
        "#1\tAnnotatorNotes T1\tnote",
        "");
    Files.writeString(dir.resolve("art_5fec.ann"), ann);
    Files.writeString(dir.resolve("art_ef2d.ann"), "T1\tCue 21 25\tsaid\n");
    List<GoldDocument> docs = BratCorpus.read(dir);
    assertThat(docs).hasSize(1);
    GoldDocument d = docs.get(0);
    assertThat(d.annotator()).isEqualTo("5fec");
    assertThat(d.attributions()).hasSize(2);
    GoldAttribution a = d.attributions().get(0);
    assertThat(a.content()).containsExactly(new Span(0, 14), new Span(27, 38));
    assertThat(a.contentExtent()).isEqualTo(new Span(0, 38));
    assertThat(a.source().of(TEXT)).isEqualTo("Smith");
    assertThat(a.cue().of(TEXT)).isEqualTo("said");
    GoldAttribution b = d.attributions().get(1);
    assertThat(b.source()).isNull();
    assertThat(b.content()).containsExactly(new Span(51, 53));
  }
}
