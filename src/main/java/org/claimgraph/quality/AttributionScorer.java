package org.claimgraph.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Span;
import org.claimgraph.quality.AttributionReport.Score;
import org.claimgraph.quality.BratCorpus.GoldAttribution;
import org.claimgraph.quality.BratCorpus.GoldDocument;

/** Scores predicted attributions against gold ones; pure Java (see {@link AttributionReport#toText()}). */
public final class AttributionScorer {
  private AttributionScorer() {}

  private static final String QUOTES = "\"“”«»'‘’`";

  public static AttributionReport score(String goldName, List<GoldDocument> gold,
      Map<String, List<Attribution>> predicted, double seconds, long tokens) {
    Map<String, long[]> c = new HashMap<>(); // measure/subset -> tp, pred, gold
    long nGold = 0;
    long nPred = 0;
    for (GoldDocument doc : gold) {
      List<GoldAttribution> g = doc.attributions();
      List<Attribution> p = predicted.getOrDefault(doc.id(), List.of());
      nGold += g.size();
      nPred += p.size();
      scoreDocument(doc.text(), g, p, c);
    }
    List<Score> scores = new ArrayList<>();
    for (String m : AttributionReport.MEASURES) {
      for (String s : AttributionReport.SUBSETS) {
        long[] v = c.getOrDefault(m + "/" + s, new long[3]);
        scores.add(new Score(m, s, v[0], v[1], v[2]));
      }
    }
    return new AttributionReport(goldName, gold.size(), nGold, nPred, scores, seconds, tokens);
  }

  static void scoreDocument(String text, List<GoldAttribution> gold, List<Attribution> pred, Map<String, long[]> c) {
    boolean[] goldDirect = new boolean[gold.size()];
    for (int i = 0; i < gold.size(); i++) {
      Span e = gold.get(i).contentExtent();
      goldDirect[i] = e != null && isQuoted(text, e);
    }
    boolean[] predDirect = new boolean[pred.size()];
    for (int j = 0; j < pred.size(); j++) {
      predDirect[j] = isQuoted(text, pred.get(j).contentExtent());
    }
    // content overlap: token Dice >= 0.5
    int[] overlap = match(gold.size(), pred.size(), (i, j) -> {
      Span g = gold.get(i).contentExtent();
      if (g == null) {
        return 0;
      }
      double d = dice(text, g, pred.get(j).contentExtent());
      return d >= 0.5 ? d : 0;
    });
    // a prediction takes the class of the gold its content matches; an unmatched one its own
    for (int i = 0; i < gold.size(); i++) {
      if (overlap[i] >= 0) {
        predDirect[overlap[i]] = goldDirect[i];
      }
    }
    // cue: overlap, weighted by overlapping characters
    int[] cueMatch = match(gold.size(), pred.size(), (i, j) -> {
      Span g = gold.get(i).cue();
      Span p = pred.get(j).cue();
      return g == null || !g.overlaps(p) ? 0 : Math.min(g.end(), p.end()) - Math.max(g.begin(), p.begin());
    });
    count(c, "cue", gold, goldDirect, predDirect, cueMatch, i -> gold.get(i).cue() != null);
    // cue exact: the same tokens, so the figure compares with exact-span cue scores elsewhere
    int[] cueExact = match(gold.size(), pred.size(), (i, j) -> {
      Span g = gold.get(i).cue();
      return g != null && stripSpace(text, g).equals(stripSpace(text, pred.get(j).cue())) ? 1 : 0;
    });
    count(c, "cue_exact", gold, goldDirect, predDirect, cueExact, i -> gold.get(i).cue() != null);
    // content exact
    int[] exact = match(gold.size(), pred.size(), (i, j) -> {
      Span g = gold.get(i).contentExtent();
      return g != null && trim(text, g).equals(trim(text, pred.get(j).contentExtent())) ? 1 : 0;
    });
    count(c, "content_exact", gold, goldDirect, predDirect, exact, i -> gold.get(i).contentExtent() != null);
    count(c, "content_overlap", gold, goldDirect, predDirect, overlap, i -> gold.get(i).contentExtent() != null);
    // source given content match, and end to end
    int[] endToEnd = new int[gold.size()];
    java.util.Arrays.fill(endToEnd, -1);
    for (int i = 0; i < gold.size(); i++) {
      int j = overlap[i];
      if (j < 0) {
        continue;
      }
      boolean right = sourceRight(gold.get(i), pred.get(j));
      for (String s : subsets(goldDirect[i])) {
        long[] v = c.computeIfAbsent("source_given_content/" + s, k -> new long[3]);
        v[0] += right ? 1 : 0;
        v[1]++;
        v[2]++;
      }
      if (right) {
        endToEnd[i] = j;
      }
    }
    count(c, "end_to_end", gold, goldDirect, predDirect, endToEnd, i -> gold.get(i).contentExtent() != null);
  }

  static boolean sourceRight(GoldAttribution g, Attribution p) {
    if (g.source() == null) {
      return p.source() == null;
    }
    return g.source().overlaps(p.source()) || g.source().overlaps(p.resolvedSource());
  }

  private static List<String> subsets(boolean direct) {
    return List.of("all", direct ? "direct" : "indirect");
  }

  private static void count(Map<String, long[]> c, String measure, List<GoldAttribution> gold, boolean[] goldDirect,
      boolean[] predDirect, int[] match, java.util.function.IntPredicate goldCounts) {
    boolean[] predMatched = new boolean[predDirect.length];
    for (int i = 0; i < gold.size(); i++) {
      if (!goldCounts.test(i)) {
        continue;
      }
      for (String s : subsets(goldDirect[i])) {
        long[] v = c.computeIfAbsent(measure + "/" + s, k -> new long[3]);
        v[2]++;
        if (match[i] >= 0) {
          v[0]++;
          v[1]++;
        }
      }
      if (match[i] >= 0) {
        predMatched[match[i]] = true;
      }
    }
    for (int j = 0; j < predDirect.length; j++) {
      if (!predMatched[j]) {
        for (String s : subsets(predDirect[j])) {
          c.computeIfAbsent(measure + "/" + s, k -> new long[3])[1]++;
        }
      }
    }
  }

  interface Weight {
    double of(int gold, int pred);
  }

  /** One-to-one greedy matching, highest weight first; returns for each gold the matched pred or -1. */
  static int[] match(int nGold, int nPred, Weight w) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < nGold; i++) {
      for (int j = 0; j < nPred; j++) {
        double v = w.of(i, j);
        if (v > 0) {
          pairs.add(new double[] {v, i, j});
        }
      }
    }
    pairs.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1])
        .thenComparingDouble(a -> a[2]));
    int[] g = new int[nGold];
    java.util.Arrays.fill(g, -1);
    boolean[] used = new boolean[nPred];
    for (double[] pr : pairs) {
      int i = (int) pr[1];
      int j = (int) pr[2];
      if (g[i] < 0 && !used[j]) {
        g[i] = j;
        used[j] = true;
      }
    }
    return g;
  }

  /** The span without quotation marks, punctuation and space at both ends. */
  static Span trim(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b < e && !Character.isLetterOrDigit(text.charAt(b))) {
      b++;
    }
    while (e > b && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }

  /** The span without white space at both ends (a cue may be a bare colon, so punctuation stays). */
  static Span stripSpace(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }

  /** Content enclosed in quotation marks: after trimming space and trailing punctuation, starts and ends with one. */
  static boolean isQuoted(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == '\u00a0')) {
      b++;
    }
    while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e - b >= 2 && QUOTES.indexOf(text.charAt(b)) >= 0 && QUOTES.indexOf(text.charAt(e - 1)) >= 0
        && text.charAt(b) != '’' && text.charAt(b) != '\'' || e - b >= 3 && text.startsWith("''", b)
        && text.startsWith("''", e - 2);
  }

  /** Token Dice of two spans; tokens are maximal letter/digit runs, compared by position. */
  static double dice(String text, Span a, Span b) {
    int na = tokens(text, a);
    int nb = tokens(text, b);
    if (na + nb == 0) {
      return 0;
    }
    Span both = new Span(Math.max(a.begin(), b.begin()), Math.max(Math.max(a.begin(), b.begin()),
        Math.min(a.end(), b.end())));
    int common = both.length() == 0 ? 0 : tokensStartingIn(text, both, a, b);
    return 2.0 * common / (na + nb);
  }

  /** Tokens whose characters lie in the intersection (a token cut by a span edge counts for that span). */
  private static int tokensStartingIn(String text, Span both, Span a, Span b) {
    int n = 0;
    int i = both.begin();
    while (i < both.end()) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
        while (i < both.end() && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
    }
    return n;
  }

  static int tokens(String text, Span s) {
    return tokensStartingIn(text, s, s, s);
  }
}
