package org.claimgraph.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Span;
import org.claimgraph.quality.BratCorpus.GoldDocument;

/**
 * Source kind and pronoun resolution against hand-labelled gold sources ({@link #POLNEAR_DEV}, described
 * in {@code src/main/resources/eval/README.md}). A label counts where a predicted claim's source overlaps
 * its gold source span; PolNeAR has no kinds, so the attribution measures cannot say whether "he" was
 * taken for the right speaker.
 */
public final class SourceKindScorer {
  private SourceKindScorer() {}

  public static final String POLNEAR_DEV = "/eval/polnear-dev-source-kinds.tsv";
  public static final List<String> KINDS = List.of("person", "organisation", "place", "unnamed", "pronoun");
  private static final List<String> REFERENT_KINDS = KINDS.subList(0, 4);

  /**
   * One labelled gold source. {@code antecedents} (pronouns only) are the names the document uses for
   * what the pronoun stands for, {@code antecedentKind} that referent's kind.
   */
  public record Label(String articleId, Span source, String text, String kind, List<String> antecedents,
      String antecedentKind) {
    public Label {
      antecedents = List.copyOf(antecedents);
    }

    /** The kind a prediction should give: a pronoun takes the kind of what it stands for. */
    public String expectedKind() {
      return kind.equals("pronoun") ? antecedentKind : kind;
    }
  }

  /** Counts per label kind (right, matched, labelled) and for pronoun resolution. */
  public record Report(String labelSet, int articles, Map<String, long[]> byKind, long[] pronounResolution) {
    public long[] all() {
      long[] t = new long[3];
      for (long[] v : byKind.values()) {
        for (int i = 0; i < 3; i++) {
          t[i] += v[i];
        }
      }
      return t;
    }

    public String toText() {
      StringBuilder out = new StringBuilder();
      long[] all = all();
      out.append(String.format(Locale.ROOT, "source kinds on %s: %d labelled gold sources in %d articles%n",
          labelSet, all[2], articles));
      out.append(String.format(Locale.ROOT, "%-22s %7s %7s %8s %8s%n", "label", "right", "matched", "labelled",
          "accuracy"));
      byKind.forEach((k, v) -> out.append(row(k, v)));
      out.append(row("all", all));
      out.append(row("pronoun_resolution", pronounResolution));
      out.append("""
          matched: a predicted claim's source overlaps the labelled gold source (the most overlapping one
          counts). right: its source_kind is the label; for a pronoun, the kind of what it stands for.
          pronoun_resolution: its resolved source, lower-cased, contains the antecedent or lies inside
          it. accuracy = right / matched.
          """);
      return out.toString();
    }

    private static String row(String name, long[] v) {
      return String.format(Locale.ROOT, "%-22s %7d %7d %8d %8.3f%n", name, v[0], v[1], v[2],
          v[1] == 0 ? 0 : (double) v[0] / v[1]);
    }
  }

  /** The labels of the set in {@code resource} (a classpath path such as {@link #POLNEAR_DEV}). */
  public static List<Label> read(String resource) {
    try (InputStream in = SourceKindScorer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return parse(lines.subList(1, lines.size()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Rows of {@code article_id source_begin source_end source_text kind antecedent antecedent_kind},
   * tab-separated; several antecedent names are separated by {@code |}.
   */
  public static List<Label> parse(List<String> rows) {
    List<Label> out = new ArrayList<>();
    for (String row : rows) {
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t", -1);
      if (f.length != 7 || !KINDS.contains(f[4])) {
        throw new IllegalArgumentException("bad source kind row: " + row);
      }
      boolean pronoun = f[4].equals("pronoun");
      if (pronoun != !f[5].isEmpty() || pronoun != REFERENT_KINDS.contains(f[6]) || !pronoun && !f[6].isEmpty()) {
        throw new IllegalArgumentException("a pronoun, and only a pronoun, needs an antecedent and its kind: " + row);
      }
      out.add(new Label(f[0], new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), f[3], f[4],
          pronoun ? List.of(f[5].split("\\|")) : List.of(), f[6]));
    }
    return out;
  }

  /** Scores the labels of the articles in {@code gold}; a label whose text is not at its offsets is an error. */
  public static Report score(String labelSet, List<Label> labels, List<GoldDocument> gold,
      Map<String, List<Attribution>> predicted) {
    Map<String, String> texts = new LinkedHashMap<>();
    gold.forEach(d -> texts.put(d.id(), d.text()));
    Map<String, long[]> byKind = new LinkedHashMap<>();
    KINDS.forEach(k -> byKind.put(k, new long[3]));
    long[] resolution = new long[3];
    TreeSet<String> articles = new TreeSet<>();
    for (Label l : labels) {
      String text = texts.get(l.articleId());
      if (text == null) {
        continue;
      }
      if (l.source().end() > text.length() || !l.source().of(text).equals(l.text())) {
        throw new IllegalArgumentException("label '" + l.text() + "' is not at " + l.source() + " of "
            + l.articleId() + ": the label set does not belong to this corpus");
      }
      articles.add(l.articleId());
      long[] v = byKind.get(l.kind());
      v[2]++;
      boolean pronoun = l.kind().equals("pronoun");
      resolution[2] += pronoun ? 1 : 0;
      Attribution p = mostOverlapping(l.source(), predicted.getOrDefault(l.articleId(), List.of()));
      if (p == null) {
        continue;
      }
      v[1]++;
      v[0] += p.sourceKind().label().equals(l.expectedKind()) ? 1 : 0;
      if (pronoun) {
        resolution[1]++;
        resolution[0] += resolvesTo(text, p.resolvedSource(), l.antecedents()) ? 1 : 0;
      }
    }
    return new Report(labelSet, articles.size(), byKind, resolution);
  }

  static Attribution mostOverlapping(Span gold, List<Attribution> predicted) {
    Attribution best = null;
    int bestOverlap = 0;
    for (Attribution a : predicted) {
      Span s = a.source();
      int overlap = s == null || !s.overlaps(gold) ? 0
          : Math.min(s.end(), gold.end()) - Math.max(s.begin(), gold.begin());
      if (overlap > bestOverlap) {
        best = a;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /** The resolved name contains one of the antecedent names or lies inside one ("Trump" in "Donald Trump"). */
  static boolean resolvesTo(String text, Span resolved, List<String> antecedents) {
    if (resolved == null) {
      return false;
    }
    String r = resolved.of(text).trim().toLowerCase(Locale.ROOT);
    if (r.isEmpty()) {
      return false;
    }
    for (String a : antecedents) {
      String n = a.trim().toLowerCase(Locale.ROOT);
      if (r.contains(n) || n.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
