package org.claimgraph.attribution.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/** "according to X": the content is the rest of the sentence, before the cue or else after its source. */
final class AccordingTo implements CueRule {
  @Override
  public Attribution find(int i, ExtractionState st) {
    List<Word> words = st.words();
    Word w = words.get(i);
    int seg = w.seg();
    Span cue = new Span(w.begin(), words.get(i + 1).end());
    int[] np = st.nps.npRight(i + 2, seg);
    // not a plain noun phrase: "early results of exit polls", "his campaign finance documents", "him"
    Span source = np != null ? new Span(words.get(np[0]).begin(), words.get(np[1]).end())
        : st.content.complementPhrase(i + 2, seg);
    if (source == null) {
      return null;
    }
    int s = st.view.segStart(seg);
    int e = st.view.segEnd(seg);
    List<Span> content = new ArrayList<>();
    int before = i - 1;
    while (before >= s && words.get(before).isPunct() && !words.get(before).pos().equals("''")) {
      before--;
    }
    int first = s;
    while (first < i && words.get(first).isPunct() && !words.get(first).pos().equals("``")) {
      first++;
    }
    if (before >= first) {
      content.add(new Span(words.get(first).begin(), words.get(before).end()));
    } else {
      int k = st.view.wordAt(source.end() - 1) + 1;
      while (k < e && words.get(k).isPunct()) {
        k++;
      }
      int last = e - 1;
      while (last >= k && words.get(last).isPunct() && !words.get(last).pos().equals("''")) {
        last--;
      }
      if (last < k) {
        return null;
      }
      content.add(new Span(words.get(k).begin(), words.get(last).end()));
    }
    // quoted throughout or not at all, the content is reported through the cue; partly quoted stays mixed
    Form form = st.content.quotedShare(content.get(0)) == Form.MIXED ? Form.MIXED : Form.ACCORDING_TO;
    return st.builder.build(seg, source, cue, "according to", "state", content, form);
  }
}
