package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.ORG_HEADS;
import static org.claimgraph.attribution.rules.WordLists.ORG_WORDS;
import static org.claimgraph.attribution.rules.WordLists.PERSON_HEADS;
import static org.claimgraph.attribution.rules.WordLists.PRONOUNS;
import static org.claimgraph.attribution.rules.WordLists.ROLE_HEADS;

import java.util.List;
import java.util.Locale;
import org.claimgraph.attribution.AttributionDocument.Mention;
import org.claimgraph.attribution.SourceKind;
import org.claimgraph.attribution.Span;

/** What kind of speaker a source is, and the earlier named mention a pronoun or description stands for. */
final class Sources {
  /** {@code resolved} is null when the source is itself the name or nothing earlier matches. */
  record Resolution(SourceKind kind, Span resolved) {
    static final Resolution NONE = new Resolution(SourceKind.NONE, null);
  }

  private final String text;
  private final WordView view;
  private final List<Word> words;
  private final Mentions mentions;

  Sources(WordView view, Mentions mentions) {
    this.text = view.text();
    this.view = view;
    this.words = view.words();
    this.mentions = mentions;
  }

  Resolution resolve(Span source) {
    if (source == null) {
      return Resolution.NONE;
    }
    SourceKind kind;
    Span resolved = null;
    String st = source.of(text).toLowerCase(Locale.ROOT).trim();
    String[] parts = st.split("\\s+");
    String head = headOf(source);
    if (PRONOUNS.contains(st)) {
      String want = st.equals("he") || st.equals("she") || st.equals("i") ? "PER"
          : st.equals("it") ? "ORG" : null;
      Mention m = want == null ? null : mentions.lastMentionBefore(source.begin(), want);
      if (m != null) {
        resolved = mentions.fullForm(m).span();
        kind = kindOf(m.type());
      } else {
        kind = SourceKind.UNRESOLVED;
      }
    } else if (parts.length <= 3 && parts[0].equals("the") && ROLE_HEADS.contains(head)
        && mentions.mentionOverlapping(source) == null) {
      // "the minister": the last person named with that title ("Defence Minister Tomas Okafor")
      Mention m = mentions.lastPersonTitled(source.begin(), head);
      if (m != null) {
        resolved = mentions.fullForm(m).span();
        kind = SourceKind.PERSON;
      } else {
        kind = SourceKind.UNNAMED;
      }
    } else if (parts.length <= 3 && (parts[0].equals("the") || parts[0].equals("this"))
        && ORG_HEADS.contains(head) && mentions.mentionOverlapping(source) == null) {
      // "the group", "the club": the last organisation named before
      Mention m = mentions.lastMentionBefore(source.begin(), "ORG");
      kind = SourceKind.ORGANISATION;
      if (m != null) {
        resolved = mentions.fullForm(m).span();
      }
    } else {
      Mention m = mentions.mentionOverlapping(source);
      boolean orgHead = ORG_HEADS.contains(head) || ORG_WORDS.contains(head);
      if (m != null && (m.end() >= source.end() - 1 || !PERSON_HEADS.contains(head))) {
        // "Turkish intelligence", "Hamas' military wing": a name before an organisation head only
        // says whose organisation it is
        boolean owner = orgHead && m.end() < source.end() - 1;
        kind = orgHead && (owner || !m.type().equals("PER")) ? SourceKind.ORGANISATION : kindOf(m.type());
        if (m.type().equals("MISC")) {
          kind = orgHead ? SourceKind.ORGANISATION : SourceKind.UNNAMED;
        }
        Mention full = mentions.fullForm(m);
        if (!owner && full != m && !source.contains(full.span())) {
          resolved = full.span();
        }
      } else if (orgHead && !PERSON_HEADS.contains(head)) {
        kind = SourceKind.ORGANISATION; // "the Nigerian Senate", "the ministry", "police"
      } else {
        kind = SourceKind.UNNAMED;
      }
    }
    return new Resolution(kind, resolved);
  }

  /** The head word of a source noun phrase: its last word before an apposition, relative clause or "of". */
  private String headOf(Span source) {
    int b = view.wordAt(source.begin());
    if (b < 0) {
      return "";
    }
    String head = "";
    for (int j = b; j < words.size() && words.get(j).end() <= source.end(); j++) {
      Word w = words.get(j);
      if (w.text().equals(",") || w.lower().equals("who") || w.lower().equals("of") || w.lower().equals("for")
          || w.lower().equals("close") || w.lower().equals("familiar") || w.lower().equals("in") || w.lower().equals("at")
          || w.lower().equals("from") || w.lower().equals("with") || w.lower().equals("led")) {
        break;
      }
      if (!w.isPunct() && !w.pos().equals("POS")) {
        head = w.lower();
      }
    }
    return head;
  }

  private static SourceKind kindOf(String type) {
    return switch (type) {
      case "PER" -> SourceKind.PERSON;
      case "ORG" -> SourceKind.ORGANISATION;
      case "LOC" -> SourceKind.PLACE;
      default -> SourceKind.UNNAMED;
    };
  }
}
