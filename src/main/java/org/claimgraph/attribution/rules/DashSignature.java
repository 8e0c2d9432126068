package org.claimgraph.attribution.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/** "“…” ― Sonya Herridge": a dash after a closing quote, then the name that signs it. */
final class DashSignature implements CueRule {
  @Override
  public Attribution find(int i, ExtractionState st) {
    List<Word> words = st.words();
    String text = st.text();
    Word dash = words.get(i);
    int qi = st.quotes.quoteEndingBefore(dash.begin());
    if (qi < 0 || st.usedQuote[qi]) {
      return null;
    }
    int j = i + 1;
    int last = -1;
    while (j < words.size() && j < i + 6 && words.get(j).capitalised() && !words.get(j).quoted()
        && text.substring(dash.end(), words.get(j).begin()).indexOf('\n') < 0) {
      last = j;
      j++;
    }
    if (last < 0) {
      return null;
    }
    // the name ends the line or the sentence, or a new quote starts
    int after = words.get(last).end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '.')) {
      after++;
    }
    if (after < text.length() && text.charAt(after) != '\n' && st.quotes.at(after) < 0) {
      return null;
    }
    st.usedQuote[qi] = true;
    List<Span> content = new ArrayList<>();
    content.add(st.quotes.get(qi).span());
    Span signer = new Span(words.get(i + 1).begin(), words.get(last).end());
    return st.builder.build(dash.seg(), signer, new Span(dash.begin(), dash.end()), ":", "state", content, Form.DIRECT);
  }
}
