package org.claimgraph.quality;

import java.util.List;
import java.util.Locale;

/**
 * Attribution scores against a gold corpus: for each measure and subset (all, direct, indirect) the
 * true positives, predicted and gold counts with precision, recall and F1.
 */
public record AttributionReport(String goldName, int documents, long goldAttributions,
    long predictedAttributions, List<Score> scores, double seconds, long tokens) {

  public static final List<String> MEASURES = List.of("cue", "cue_exact", "content_exact",
      "content_overlap", "source_given_content", "end_to_end");
  public static final List<String> SUBSETS = List.of("all", "direct", "indirect");

  /** One measure on one subset. For {@code source_given_content} both counts are the matched pairs (accuracy). */
  public record Score(String measure, String subset, long truePositives, long predicted, long gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public Score score(String measure, String subset) {
    return scores.stream().filter(s -> s.measure().equals(measure) && s.subset().equals(subset))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(measure + "/" + subset));
  }

  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "attribution evaluation on %s: %d documents, %d gold, %d predicted%n",
        goldName, documents, goldAttributions, predictedAttributions));
    out.append(String.format(Locale.ROOT, "%-22s %-9s %6s %6s %6s %7s %7s %7s%n",
        "measure", "subset", "tp", "pred", "gold", "P", "R", "F1"));
    for (Score s : scores) {
      out.append(String.format(Locale.ROOT, "%-22s %-9s %6d %6d %6d %7.3f %7.3f %7.3f%n", s.measure(),
          s.subset(), s.truePositives(), s.predicted(), s.gold(), s.precision(), s.recall(), s.f1()));
    }
    if (seconds > 0) {
      out.append(String.format(Locale.ROOT, "pipeline: %.1f s, %d tokens%n", seconds, tokens));
    }
    out.append("""
        cue: spans overlap. cue_exact: same span after trimming space. content_exact: same span after
        trimming quotation marks, punctuation and space at both ends. content_overlap: token Dice >= 0.5.
        Multi-fragment content is matched by its extent (first begin to last end). source_given_content:
        over content_overlap pairs (P = R = accuracy), right when the spans overlap, or the resolved
        source overlaps the gold source, or neither has one. end_to_end: content_overlap and source right.
        Matching is one-to-one, greedy, highest overlap first. direct = gold content enclosed in quotation
        marks; a prediction takes the class of the gold content it overlaps, an unmatched one is classed
        by its own content.
        """);
    return out.toString();
  }

  public String toJson() {
    StringBuilder out = new StringBuilder();
    out.append("{\"gold\":\"").append(goldName.replace("\\", "\\\\").replace("\"", "\\\""))
        .append("\",\"documents\":").append(documents)
        .append(",\"gold_attributions\":").append(goldAttributions)
        .append(",\"predicted_attributions\":").append(predictedAttributions)
        .append(",\"seconds\":").append(String.format(Locale.ROOT, "%.3f", seconds))
        .append(",\"tokens\":").append(tokens)
        .append(",\"scores\":[");
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"measure\":\"%s\",\"subset\":\"%s\",\"tp\":%d,\"predicted\":%d,\"gold\":%d,"
              + "\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
          s.measure(), s.subset(), s.truePositives(), s.predicted(), s.gold(), s.precision(), s.recall(), s.f1()));
    }
    return out.append("]}").toString();
  }
}
