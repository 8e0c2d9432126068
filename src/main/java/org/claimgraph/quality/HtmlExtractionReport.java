package org.claimgraph.quality;

import java.util.List;

/**
 * Word-overlap scores of the HTML body extractor against gold bodies. Per page, precision and
 * recall are the multiset overlap of lower-cased whitespace-split words divided by the extracted
 * and the gold word counts; {@code macro*} average those over pages, {@code micro*} pool the word
 * counts of all pages.
 */
public record HtmlExtractionReport(int pages, double macroPrecision, double macroRecall, double macroF1,
                                   double microPrecision, double microRecall, double microF1,
                                   List<PageScore> worst) {

  public record PageScore(String id, double precision, double recall, double f1, long extractedWords,
                          long goldWords) {}

  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("HTML body extraction, %d pages (word multiset overlap)%n", pages));
    out.append(String.format("  macro  precision %.3f  recall %.3f  F1 %.3f%n", macroPrecision, macroRecall, macroF1));
    out.append(String.format("  micro  precision %.3f  recall %.3f  F1 %.3f%n", microPrecision, microRecall, microF1));
    out.append("  worst pages by F1:\n");
    for (PageScore p : worst) {
      out.append(String.format("    %s  P %.2f  R %.2f  F1 %.2f  (%d extracted / %d gold words)%n",
          p.id(), p.precision(), p.recall(), p.f1(), p.extractedWords(), p.goldWords()));
    }
    return out.toString();
  }
}
