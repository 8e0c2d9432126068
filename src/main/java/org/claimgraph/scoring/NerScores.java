package org.claimgraph.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Span-level NER scores with conlleval semantics: per-type and micro-averaged P/R/F1, plus a
 * confusion table of spans whose boundaries were right but whose type was wrong (gold→predicted).
 */
public record NerScores(
    Map<String, TypeCounts> byType, Map<String, Long> typeConfusions, long tokens, long tokensCorrect) {

  public TypeCounts overall() {
    return byType.values().stream()
        .reduce(new TypeCounts(0, 0, 0), TypeCounts::plus);
  }

  public double f1() {
    return overall().f1();
  }

  public double f1(String type) {
    return byType.getOrDefault(type, new TypeCounts(0, 0, 0)).f1();
  }

  public double tokenAccuracy() {
    return tokens == 0 ? 0 : 100.0 * tokensCorrect / tokens;
  }

  /** A conlleval-like table a person reads. */
  public String report() {
    StringBuilder out = new StringBuilder();
    TypeCounts all = overall();
    out.append(String.format(Locale.ROOT,
        "tokens %d, token accuracy %.2f%%; gold spans %d, predicted %d, correct %d%n",
        tokens, tokenAccuracy(), all.gold(), all.predicted(), all.correct()));
    out.append(line("overall", all));
    new TreeMap<>(byType).forEach((type, counts) -> out.append(line(type, counts)));
    if (!typeConfusions.isEmpty()) {
      out.append("same boundaries, wrong type (gold->predicted): ");
      out.append(new TreeMap<>(typeConfusions).entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
      out.append('\n');
    }
    return out.toString();
  }

  private static String line(String name, TypeCounts c) {
    return String.format(Locale.ROOT, "%-8s precision %6.2f  recall %6.2f  F1 %6.2f  (gold %d)%n",
        name, c.precision(), c.recall(), c.f1(), c.gold());
  }

  public String toJson() {
    StringBuilder out = new StringBuilder("{");
    out.append(String.format(Locale.ROOT, "\"tokens\":%d,\"tokenAccuracy\":%.4f,\"overall\":%s,",
        tokens, tokenAccuracy(), json(overall())));
    out.append("\"byType\":{");
    out.append(new TreeMap<>(byType).entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + json(e.getValue())).collect(Collectors.joining(",")));
    out.append("},\"typeConfusions\":{");
    out.append(new TreeMap<>(typeConfusions).entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",")));
    return out.append("}}").toString();
  }

  private static String json(TypeCounts c) {
    return String.format(Locale.ROOT,
        "{\"gold\":%d,\"predicted\":%d,\"correct\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
        c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
  }
}
