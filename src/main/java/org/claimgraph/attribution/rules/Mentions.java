package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.NEVER_NAMES;
import static org.claimgraph.attribution.rules.WordLists.ORG_WORDS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.claimgraph.attribution.AttributionDocument;
import org.claimgraph.attribution.AttributionDocument.Mention;
import org.claimgraph.attribution.Span;

/**
 * The document's entity mentions sorted by begin, and the look-ups sources are resolved with.
 * Without NER the rules guess names from capitalised words.
 */
final class Mentions {
  /** How far back (in mentions) resolution looks; keeps long documents linear. */
  private static final int LOOKBACK = 500;

  private final String text;
  private final WordView view;
  private final List<Word> words;
  private final List<Mention> mentions;

  Mentions(AttributionDocument doc, WordView view) {
    this.text = view.text();
    this.view = view;
    this.words = view.words();
    if (doc.entities().isEmpty()) {
      mentions = fallbackMentions();
    } else {
      mentions = new ArrayList<>(doc.entities());
      mentions.sort(Comparator.comparingInt(Mention::begin));
    }
  }

  /** Without NER: maximal runs of capitalised proper nouns; ORG when a word says so, else PER. */
  private List<Mention> fallbackMentions() {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (isName(w, i)) {
        int j = i;
        boolean org = false;
        while (j < words.size() && words.get(j).seg() == w.seg()
            && (isName(words.get(j), j) || (j > i && words.get(j).lower().equals("of")
                && j + 1 < words.size() && isName(words.get(j + 1), j + 1)))) {
          org |= ORG_WORDS.contains(words.get(j).lower());
          j++;
        }
        int b = w.begin();
        int e = words.get(j - 1).end();
        boolean allCaps = words.get(j - 1).text().length() > 1
            && words.get(j - 1).text().equals(words.get(j - 1).text().toUpperCase(Locale.ROOT));
        out.add(new Mention(b, e, text.substring(b, e), org || (allCaps && j - i == 1) ? "ORG" : "PER"));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private boolean isName(Word w, int idx) {
    if (!w.capitalised() || w.quoted() || w.isPunct() || NEVER_NAMES.contains(w.lower())) {
      return false;
    }
    if (w.pos().startsWith("NNP")) {
      return true;
    }
    // sentence-initial capitals are weak evidence; elsewhere a capitalised noun is a name
    boolean segStart = idx == view.segStart(w.seg());
    return !segStart && (w.pos().isEmpty() || w.pos().startsWith("NN"));
  }

  /** Index of the first mention beginning at or after {@code pos} (mentions are sorted by begin). */
  private int firstMentionFrom(int pos) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).begin() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The longest mention overlapping {@code s}, or null. */
  Mention mentionOverlapping(Span s) {
    Mention best = null;
    for (int i = Math.max(0, firstMentionFrom(s.begin()) - 8); i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.begin() >= s.end()) {
        break;
      }
      if (m.end() > s.begin() && (best == null || m.end() - m.begin() > best.end() - best.begin())) {
        best = m;
      }
    }
    return best;
  }

  /** The last mention of {@code type} ending at or before {@code pos}, or null. */
  Mention lastMentionBefore(int pos, String type) {
    int from = firstMentionFrom(pos) - 1;
    for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
      Mention m = mentions.get(i);
      if (m.end() <= pos && m.type().equals(type)) {
        return m;
      }
    }
    return null;
  }

  /** The last PER mention before {@code pos} written with the title {@code role} right before it. */
  Mention lastPersonTitled(int pos, String role) {
    int from = firstMentionFrom(pos) - 1;
    for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
      Mention m = mentions.get(i);
      if (m.end() <= pos && m.type().equals("PER")) {
        String before = text.substring(Math.max(0, m.begin() - 25), m.begin()).toLowerCase(Locale.ROOT);
        if (before.matches("(?s).*\\b" + java.util.regex.Pattern.quote(role) + "\\s+$")) {
          return m;
        }
      }
    }
    return null;
  }

  /** The full name a mention shortens: "Kerry" → "John Kerry", "IS" → "Islamic State", else itself. */
  Mention fullForm(Mention m) {
    Mention full = fullerNameBefore(m);
    if (full != null) {
      return full;
    }
    if (m.type().equals("PER") && !m.text().trim().contains(" ")) {
      // a headline names by surname before the text gives the full name: take the first later one
      String name = m.text().trim();
      for (int i = firstMentionFrom(m.end()); i < mentions.size() && i < firstMentionFrom(m.end()) + 50; i++) {
        Mention p = mentions.get(i);
        if (p.type().equals("PER") && p.text().endsWith(" " + name)) {
          return p;
        }
      }
    }
    String t = m.text().trim();
    if (t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.contains(" ")) {
      String letters = t.replace(".", "");
      int from = firstMentionFrom(m.begin()) - 1;
      for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
        Mention p = mentions.get(i);
        String[] ws = p.text().trim().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String w : ws) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            initials.append(w.charAt(0));
          }
        }
        if (ws.length >= 2 && (initials.toString().equals(letters) || initials.toString().startsWith(letters))) {
          return p;
        }
      }
    }
    return m;
  }

  /** For a one-word name ("Kerry"), the earlier longer mention it shortens ("John Kerry"). */
  private Mention fullerNameBefore(Mention m) {
    if (m.text().trim().contains(" ") || !m.type().equals("PER")) {
      return null;
    }
    String name = m.text().trim();
    Mention found = null;
    int from = firstMentionFrom(m.begin()) - 1;
    for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
      Mention p = mentions.get(i);
      if (p.type().equals("PER") && p.text().contains(" ") && p.text().endsWith(" " + name)) {
        found = p; // the earliest full name within reach
      }
    }
    return found;
  }

  /** The mentions inside one of the content spans. */
  List<Mention> about(List<Span> content) {
    Span extent = new Span(content.get(0).begin(), content.get(content.size() - 1).end());
    List<Mention> about = new ArrayList<>();
    for (int i = firstMentionFrom(extent.begin()); i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.begin() >= extent.end()) {
        break;
      }
      if (extent.contains(m.span()) && content.stream().anyMatch(c -> c.contains(m.span()))) {
        about.add(m);
      }
    }
    return about;
  }
}
