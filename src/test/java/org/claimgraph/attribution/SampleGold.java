package org.claimgraph.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The sample corpus gold ({@code src/test/resources/sample-gold}) and how a predicted claim is compared
 * with a planted one. The gold writes content without its enclosing quotation marks and without the
 * complementizer "that", and names a source by its entity span without titles; the claims table keeps
 * PolNeAR's convention (quotation marks and "that" kept, the source noun phrase as written, titles
 * included). {@link #contentMatches} and {@link #sourceMatches} translate between the two.
 */
final class SampleGold {
  static final Path DIR = Paths.get("src/test/resources/sample-gold");

  /** One row of claims.tsv (offsets into the article text, end exclusive; empty strings for blanks). */
  record Claim(String articleId, String sourceText, int sourceBegin, int sourceEnd, String sourceKind,
      String resolvedSource, String cueText, int cueBegin, int cueEnd, String cueClass, String contentText,
      int contentBegin, int contentEnd, String form, String claimDate) {
    String key() {
      return articleId + "@" + cueBegin;
    }
  }

  record NonClaim(String articleId, String text, String why) {}

  /** A row of the claims table, reduced to what the gold annotates. */
  record Predicted(String articleId, String sourceText, Integer sourceBegin, Integer sourceEnd, String sourceKind,
      String resolvedSource, String cueText, int cueBegin, int cueEnd, String cueClass, int contentBegin,
      int contentEnd, String form, String claimDate, boolean negated) {}

  private SampleGold() {}

  static List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (String[] f : rows("claims.tsv", 15)) {
      out.add(new Claim(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5], f[6],
          Integer.parseInt(f[7]), Integer.parseInt(f[8]), f[9], f[10].replace("\\n", "\n"),
          Integer.parseInt(f[11]), Integer.parseInt(f[12]), f[13], f[14]));
    }
    return out;
  }

  static List<NonClaim> nonClaims() {
    List<NonClaim> out = new ArrayList<>();
    for (String[] f : rows("non_claims.tsv", 3)) {
      out.add(new NonClaim(f[0], f[1], f[2]));
    }
    return out;
  }

  private static List<String[]> rows(String file, int columns) {
    try {
      List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isEmpty()) {
          String[] f = line.split("\t", -1);
          if (f.length != columns) {
            throw new IllegalStateException(file + ": expected " + columns + " fields: " + line);
          }
          out.add(f);
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The predicted claim whose cue overlaps the gold cue, or null. */
  static Predicted byCue(Claim g, List<Predicted> predicted) {
    for (Predicted p : predicted) {
      if (p.articleId().equals(g.articleId()) && p.cueBegin() < g.cueEnd() && g.cueBegin() < p.cueEnd()) {
        return p;
      }
    }
    return null;
  }

  /**
   * The predicted content span in the gold convention: enclosing quotation marks, space and trailing
   * {@code , . ; :} trimmed; a leading complementizer "that" dropped when the gold does not start with
   * it ("that rule had been broken" keeps its determiner).
   */
  static boolean contentMatches(String text, Claim g, Predicted p) {
    int[] s = trim(text, p.contentBegin(), p.contentEnd());
    if (s[0] == g.contentBegin() && s[1] == g.contentEnd()) {
      return true;
    }
    if (text.regionMatches(true, s[0], "that ", 0, 5)) {
      int[] t = trim(text, s[0] + 5, s[1]);
      return t[0] == g.contentBegin() && t[1] == g.contentEnd();
    }
    return false;
  }

  static int[] trim(String text, int b, int e) {
    while (true) {
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ",.;:".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      // enclosing quotation marks go as a pair: a direct quote, or a split one ("A," X said, "B.")
      if (e - b >= 2 && OPENING.indexOf(text.charAt(b)) >= 0 && CLOSING.indexOf(text.charAt(e - 1)) >= 0) {
        b++;
        e--;
      } else {
        return new int[] {b, e};
      }
    }
  }

  private static final String OPENING = "\"“‘'«";
  private static final String CLOSING = "\"”’'»";

  /**
   * The gold source span is the entity without titles ("Tomas Okafor" in "Defence Minister Tomas Okafor")
   * or the whole noun phrase for a description; the predicted one may add leading title or role words,
   * so it must contain the gold span and end where it ends.
   */
  static boolean sourceMatches(Claim g, Predicted p) {
    if (g.sourceText().isEmpty()) {
      return p.sourceBegin() == null;
    }
    return p.sourceBegin() != null && p.sourceBegin() <= g.sourceBegin() && p.sourceEnd() == g.sourceEnd();
  }

  /** Gold resolved source is the canonical full name, empty when the source is itself the full name. */
  static boolean resolvedMatches(Claim g, Predicted p) {
    String want = g.resolvedSource();
    String got = p.resolvedSource() == null ? "" : stripTitles(p.resolvedSource());
    if (want.isEmpty()) {
      return got.isEmpty() || got.equals(g.sourceText());
    }
    return got.equals(want);
  }

  private static String stripTitles(String s) {
    return s.replaceFirst("^(?:(?:Defence|Defense|Foreign|Prime) Minister|President|Judge|Dr\\.|Mr\\.|Mrs\\.|Ms\\.) ", "")
        .trim();
  }

  /** Every field the gold annotates; empty when the prediction matches, else what differs. */
  static List<String> differences(String text, Claim g, Predicted p) {
    List<String> d = new ArrayList<>();
    if (p == null) {
      d.add("no claim with cue '" + g.cueText() + "'");
      return d;
    }
    if (!sourceMatches(g, p)) {
      d.add("source '" + p.sourceText() + "' != '" + g.sourceText() + "'");
    }
    if (!resolvedMatches(g, p)) {
      d.add("resolved '" + p.resolvedSource() + "' != '" + g.resolvedSource() + "'");
    }
    if (!g.cueClass().equals(p.cueClass())) {
      d.add("class " + p.cueClass() + " != " + g.cueClass());
    }
    if (!contentMatches(text, g, p)) {
      int[] s = trim(text, p.contentBegin(), p.contentEnd());
      d.add("content [" + s[0] + "," + s[1] + ") '" + text.substring(s[0], s[1]).replace("\n", "\\n")
          + "' != [" + g.contentBegin() + "," + g.contentEnd() + ") '" + g.contentText().replace("\n", "\\n") + "'");
    }
    if (!g.form().equals(p.form())) {
      d.add("form " + p.form() + " != " + g.form());
    }
    if (!Objects.equals(g.claimDate(), p.claimDate() == null ? "" : p.claimDate())) {
      d.add("date " + p.claimDate() + " != " + g.claimDate());
    }
    if (!g.sourceKind().equals(p.sourceKind().toLowerCase(Locale.ROOT))) {
      d.add("kind " + p.sourceKind() + " != " + g.sourceKind());
    }
    return d;
  }
}
