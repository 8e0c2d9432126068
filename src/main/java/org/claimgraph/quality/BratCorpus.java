package org.claimgraph.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.attribution.Span;

/**
 * Reads PolNeAR-style brat standoff: {@code <article>.txt} beside {@code <article>_<annotator>.ann}.
 *
 * <ul>
 *   <li>One annotation per article: the {@code .ann} with the lexicographically smallest annotator id
 *       (articles with several annotators are independent annotations, not an adjudicated gold).
 *   <li>{@code T} lines: fragments {@code start end[;start end…]}, sorted by start (brat does not
 *       always list them in order); the text field is ignored (it may hold newlines and continue over
 *       several physical lines) — spans are sliced from the {@code .txt} by offset instead.
 *   <li>{@code E} lines: arguments in any order, may refer to {@code T}s defined later; lines without
 *       arguments are dropped; whether a source exists is read from the arguments, not the trigger
 *       type. {@code Content2} is a further content fragment of the same attribution.
 * </ul>
 */
public final class BratCorpus {
  private BratCorpus() {}

  /** One gold attribution: source (or null), cue (or null), content fragments in text order. */
  public record GoldAttribution(Span source, Span cue, List<Span> content) {
    public GoldAttribution {
      content = List.copyOf(content);
    }

    /** First begin to last end: what matching uses for multi-fragment content. */
    public Span contentExtent() {
      return content.isEmpty() ? null : new Span(content.get(0).begin(), content.get(content.size() - 1).end());
    }
  }

  public record GoldDocument(String id, String annotator, String text, List<GoldAttribution> attributions) {}

  private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9;\\s]+?)(\\t.*)?$");
  private static final Pattern E_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");

  public static List<GoldDocument> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw ClaimgraphException.of("The gold directory " + dir + " does not exist.",
          "Attribution evaluation reads brat files (<article>.txt and <article>_<annotator>.ann) from it.",
          "Pass a directory such as PolNeAR's dev split with --gold.");
    }
    Map<String, String> annotatorOf = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".ann")) {
          continue;
        }
        String base = name.substring(0, name.length() - 4);
        int us = base.lastIndexOf('_');
        String article = us > 0 ? base.substring(0, us) : base;
        String annotator = us > 0 ? base.substring(us + 1) : "";
        if (!Files.exists(dir.resolve(article + ".txt")) && Files.exists(dir.resolve(base + ".txt"))) {
          article = base; // plain brat naming: same base name
          annotator = "";
        }
        annotatorOf.merge(article, annotator, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Cannot list the gold directory " + dir + ".", e.getMessage(),
          "Check the path and its permissions.", e);
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Map.Entry<String, String> a : annotatorOf.entrySet()) {
      String article = a.getKey();
      String ann = a.getValue().isEmpty() ? article + ".ann" : article + "_" + a.getValue() + ".ann";
      Path txt = dir.resolve(article + ".txt");
      if (!Files.exists(txt)) {
        throw ClaimgraphException.of("The gold text " + txt + " is missing.",
            "Every .ann file needs its article's .txt (the .ann name is <article>_<annotator>.ann).",
            "Copy the .txt beside the .ann or remove the .ann.");
      }
      try {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        String annText = Files.readString(dir.resolve(ann), StandardCharsets.UTF_8);
        docs.add(new GoldDocument(article, a.getValue(), text, parse(annText, text.length(), ann)));
      } catch (IOException e) {
        throw ClaimgraphException.of("Cannot read " + ann + ".", e.getMessage(), "Check the file.", e);
      }
    }
    return docs;
  }

  /** Parses one {@code .ann} file's content. */
  public static List<GoldAttribution> parse(String ann, int textLength, String name) {
    Map<String, List<Span>> spans = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      Matcher t = T_LINE.matcher(line);
      if (t.matches()) {
        List<Span> frags = new ArrayList<>();
        for (String frag : t.group(3).trim().split(";")) {
          String[] be = frag.trim().split("\\s+");
          int b = Integer.parseInt(be[0]);
          int e = Integer.parseInt(be[1]);
          if (b < 0 || e > textLength || e < b) {
            throw ClaimgraphException.of(name + ": span " + frag + " of " + t.group(1) + " is outside the text.",
                "Offsets must index the article's .txt.", "Check that the .ann belongs to this .txt.");
          }
          frags.add(new Span(b, e));
        }
        frags.sort(null);
        spans.put(t.group(1), frags);
        types.put(t.group(1), t.group(2));
        continue;
      }
      Matcher e = E_LINE.matcher(line);
      if (e.matches()) {
        events.add(e.group(2).trim().split("\\s+"));
      }
      // anything else: '#' notes, or continuation lines of a T text field holding newlines
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] args : events) {
      Span source = null;
      Span cue = null;
      List<Span> content = new ArrayList<>();
      for (String arg : args) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<Span> frags = spans.get(arg.substring(colon + 1));
        if (frags == null || role.startsWith("Attribution")) {
          continue;
        }
        if (role.equals("Source")) {
          source = extent(frags);
        } else if (role.equals("Cue")) {
          cue = extent(frags);
        } else if (role.startsWith("Content")) {
          content.addAll(frags);
        }
      }
      if (cue == null && content.isEmpty()) {
        continue; // an E line with no arguments: a brat artefact
      }
      content.sort(null);
      out.add(new GoldAttribution(source, cue, content));
    }
    return out;
  }

  private static Span extent(List<Span> frags) {
    return new Span(frags.get(0).begin(), frags.get(frags.size() - 1).end());
  }
}
