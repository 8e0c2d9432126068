package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.NOUN_COMPLEMENTS;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.CueLexicon;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/**
 * "Trump's attacks on Clinton", "his criticism of the plan", "their claim that …": a speech noun
 * owned by its source, with the content in its complement. Without an owner the noun is too often
 * just a topic ("the attacks on Paris").
 */
final class NounCue implements CueRule {
  @Override
  public Attribution find(int i, ExtractionState st) {
    List<Word> words = st.words();
    CueLexicon.Entry e = st.lexicon.lookupNoun(words.get(i).lower());
    Word cue = words.get(i);
    int seg = cue.seg();
    int m = i - 1;
    while (m >= st.view.segStart(seg) && m >= i - 3
        && (words.get(m).pos().startsWith("JJ") || words.get(m).pos().equals("RB"))) {
      m--; // "his continual attacks", "Trump's strikingly personal attacks"
    }
    if (m < st.view.segStart(seg) || i + 1 >= st.view.segEnd(seg)) {
      return null;
    }
    Word owner = words.get(m);
    if (m - 1 >= st.view.segStart(seg) && words.get(m - 1).isVerb()) {
      return null; // "reiterated his belief that": the verb is the cue, the noun part of it
    }
    Span source;
    if (owner.pos().equals("PRP$")) {
      source = new Span(owner.begin(), owner.end());
    } else if (owner.pos().equals("POS") && m - 1 >= st.view.segStart(seg)) {
      int s = st.nps.npLeft(m - 1, seg);
      if (s < 0) {
        return null;
      }
      source = new Span(words.get(s).begin(), words.get(m - 1).end());
    } else {
      return null;
    }
    int k = i + 1;
    Span content;
    if (words.get(k).lower().equals("that")) {
      content = st.content.reportedContent(k, seg, cue.begin(), true);
      if (content != null && content.begin() < words.get(k).begin()) {
        return null; // no clause after "that": the fallback went to the words before the cue
      }
    } else if (NOUN_COMPLEMENTS.contains(words.get(k).lower())) {
      content = st.content.complementPhrase(k + 1, seg);
    } else {
      return null;
    }
    if (content == null) {
      return null;
    }
    List<Span> c = new ArrayList<>();
    c.add(content);
    Form form = st.content.quotedShare(content);
    return st.builder.build(seg, source, new Span(cue.begin(), cue.end()), e.lemma(), e.cueClass(), c, form);
  }
}
