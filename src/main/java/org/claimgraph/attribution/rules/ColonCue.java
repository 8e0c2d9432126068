package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.NOT_SPEAKERS;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/**
 * "Trump: “We will win.”" — a short name before a colon that opens a quote; also a headline
 * ("Pence: Flowers Won't Be at Debate") or a transcript turn ("TAPPER: And obviously …"), whose
 * content runs to the end of the line.
 */
final class ColonCue implements CueRule {
  @Override
  public Attribution find(int i, ExtractionState st) {
    List<Word> words = st.words();
    String text = st.text();
    boolean[] usedQuote = st.usedQuote;
    Word colon = words.get(i);
    int seg = colon.seg();
    if (i == st.view.segStart(seg) || i - st.view.segStart(seg) > 8) {
      return null;
    }
    Word prev = words.get(i - 1);
    if (st.lexicon.lookup(prev.lower()) != null && prev.pos().startsWith("VB")) {
      return null; // "saying:" is the verb's cue
    }
    int q = -1;
    int pos = colon.end();
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '\n') {
      pos++;
    }
    if (pos < text.length() && st.quotes.at(pos) >= 0 && st.quotes.get(st.quotes.at(pos)).begin() == pos) {
      q = st.quotes.at(pos);
    }
    if (q >= 0 && usedQuote[q]) {
      return null;
    }
    int s = st.nps.npLeft(i - 1, seg);
    if (s < 0 || s != st.view.segStart(seg) || !words.get(i - 1).capitalised()) {
      return null;
    }
    Span source = new Span(words.get(s).begin(), prev.end());
    List<Span> content = new ArrayList<>();
    Form form;
    if (q >= 0) {
      usedQuote[q] = true;
      content.add(st.quotes.get(q).span());
      form = Form.DIRECT;
    } else {
      Span turn = unquotedTurn(s, i, pos, st);
      if (turn == null) {
        return null;
      }
      content.add(turn);
      form = st.content.quotedShare(turn);
    }
    return st.builder.build(seg, source, new Span(colon.begin(), colon.end()), ":", "state", content, form);
  }

  /**
   * Without a quote the colon is too often a label ("UPDATE:", "Related:"): only a label of names
   * (every word capitalised) at the start of its line counts, and its content is the rest of the line.
   * Words {@code s} to {@code colon} are the label; {@code pos} is where the text after it starts.
   */
  private static Span unquotedTurn(int s, int colon, int pos, ExtractionState st) {
    List<Word> words = st.words();
    String text = st.text();
    for (int j = s; j < colon; j++) {
      Word x = words.get(j);
      if (!x.capitalised() && !x.isPunct() || NOT_SPEAKERS.contains(x.lower())) {
        return null;
      }
    }
    if (!st.quotes.opensParagraph(words.get(s).begin()) || colon - s > 4 || pos >= text.length()
        || !Character.isLetterOrDigit(text.charAt(pos)) && text.charAt(pos) != '‘' && text.charAt(pos) != '\'') {
      return null;
    }
    int end = text.indexOf('\n', pos);
    end = end < 0 ? text.length() : end;
    while (end > pos && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
      end--;
    }
    return end - pos < 8 ? null : new Span(pos, end);
  }
}
