package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.HEARER_VERBS;
import static org.claimgraph.attribution.rules.WordLists.VERB_CHAIN;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.CueLexicon;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/**
 * A reporting verb: "X said (that) …", "“…,” said X", "X told reporters …", "…, saying …", "was
 * quoted by X as saying". The source comes before the verb, after it (inverted) or after "by"
 * (passive); the content is the quotes around the clause, else the reported clause.
 */
final class VerbCue implements CueRule {
  /** After the cue: the source as finally found, whether it followed the verb, and the next word. */
  private record Clause(Span source, boolean inverted, int next) {}

  @Override
  public Attribution find(int i, ExtractionState st) {
    List<Word> words = st.words();
    Word cue = words.get(i);
    CueLexicon.Entry e = st.lexicon.lookup(cue.lower());
    int seg = cue.seg();
    // auxiliary chain before the cue: "has also said", "was quoted as saying"
    int a = i - 1;
    while (a >= st.view.segStart(seg) && a >= i - 6 && (VERB_CHAIN.contains(words.get(a).lower())
        || (words.get(a).pos().startsWith("RB") && !words.get(a).isPunct()))) {
      a--;
    }
    boolean passive = a < i - 1 && isBeForm(words.get(i - 1).lower()) && cue.pos().equals("VBN")
        || (a < i - 1 && cue.pos().equals("VBN") && hasBe(words, a + 1, i));
    boolean participle = cue.pos().equals("VBG") && a >= st.view.segStart(seg) && words.get(a).text().equals(",");
    Span cueSpan = new Span(cue.begin(), cue.end());

    Clause clause = afterCue(i, e, sourceBefore(i, a, participle, passive, st), participle, passive, st);
    Span source = clause.source();
    int afterAdjuncts = st.adjuncts.skipAdjuncts(clause.next(), seg);
    int clauseBegin = Math.min(cue.begin(), source != null ? source.begin() : cue.begin());
    List<Span> content = quotedContent(i, clause, afterAdjuncts, clauseBegin, st);
    if (!content.isEmpty()) {
      return st.builder.build(seg, source, cueSpan, e.lemma(), e.cueClass(), content, Form.DIRECT);
    }
    Span c = st.content.reportedContent(afterAdjuncts, seg, clauseBegin, source != null && !clause.inverted());
    if (c == null) {
      return null;
    }
    content.add(c);
    return st.builder.build(seg, source, cueSpan, e.lemma(), e.cueClass(), content, st.content.quotedShare(c));
  }

  /** The subject before the cue; {@code a} is the last word before its auxiliary chain. */
  private Span sourceBefore(int i, int a, boolean participle, boolean passive, ExtractionState st) {
    List<Word> words = st.words();
    int seg = words.get(i).seg();
    if (participle) {
      Span subject = st.nps.subjectOfSegment(seg, i);
      return subject != null ? subject : st.sharedSubject(seg);
    }
    if (passive) {
      return null; // the agent, if any, follows "by"
    }
    // "The group on Monday claimed", "Trump in a statement said": skip the adjunct before the cue
    a = st.adjuncts.skipAdjunctsLeft(a, seg);
    int sourceEnd = a;
    a = st.nps.beforeParenthesis(a, seg);
    if (a < st.view.segStart(seg)) {
      return null;
    }
    int s = st.nps.npLeft(a, seg);
    if (s < 0) {
      s = st.nps.relativeClauseLeft(a, seg);
    }
    if (s >= 0) {
      return new Span(words.get(s).begin(), words.get(sourceEnd).end());
    }
    // "Hale admitted … but insisted …": the shared subject
    boolean conjoined = words.get(a).lower().equals("but") || words.get(a).lower().equals("and");
    return conjoined ? st.sharedSubject(seg) : null;
  }

  /** After the cue: inverted source ("said Jackson"), passive agent ("by X"), hearer ("told reporters"). */
  private Clause afterCue(int i, CueLexicon.Entry e, Span source, boolean participle, boolean passive,
      ExtractionState st) {
    List<Word> words = st.words();
    int seg = words.get(i).seg();
    int k = i + 1;
    Span inverted = null;
    if (source == null && !participle && k < st.view.segEnd(seg) && !passive) {
      int[] np = st.nps.npRight(k, seg);
      boolean pronoun = np != null && np[0] == np[1] && words.get(np[0]).pos().equals("PRP");
      boolean clauseFollows = np != null && np[1] + 1 < st.view.segEnd(seg) && words.get(np[1] + 1).isVerb()
          && !words.get(np[1] + 1).pos().equals("VBN") && !words.get(np[1] + 1).pos().equals("VBG");
      if (np != null && !clauseFollows
          && (!pronoun || np[1] + 1 >= st.view.segEnd(seg) || words.get(np[1] + 1).isPunct())) {
        inverted = new Span(words.get(np[0]).begin(), words.get(np[1]).end());
        k = np[1] + 1;
      }
    }
    if (passive) {
      int by = k;
      while (by < st.view.segEnd(seg) && by < k + 4 && !words.get(by).lower().equals("by")) {
        by++;
      }
      if (by < st.view.segEnd(seg) && words.get(by).lower().equals("by")) {
        int[] np = st.nps.npRight(by + 1, seg);
        if (np != null) {
          source = new Span(words.get(np[0]).begin(), words.get(np[1]).end());
          k = np[1] + 1;
        }
      }
    }
    if (inverted != null) {
      source = inverted;
    }
    if (HEARER_VERBS.contains(e.lemma()) && k < st.view.segEnd(seg) && inverted == null) {
      int[] obj = st.nps.npRight(k, seg);
      if (obj != null && !words.get(obj[0]).lower().equals("that")) {
        k = obj[1] + 1;
      }
    }
    return new Clause(source, inverted != null, k);
  }

  /** A quote right before the cue clause and/or right after it, with the quotes that continue it. */
  private List<Span> quotedContent(int i, Clause clause, int afterAdjuncts, int clauseBegin, ExtractionState st) {
    int seg = st.words().get(i).seg();
    Span source = clause.source();
    boolean[] usedQuote = st.usedQuote;
    List<Span> content = new ArrayList<>();
    int left = st.quotes.quoteEndingBefore(clauseBegin);
    int right = st.content.quoteStartingAfter(afterAdjuncts, seg, i);
    if (left >= 0 && !usedQuote[left] && (clause.inverted() || source == null
        || st.view.endsSegmentAfter(afterAdjuncts, seg) || right >= 0
        || st.content.endsWithComma(st.quotes.get(left), clauseBegin))) {
      st.content.addQuoteChain(left, content, usedQuote);
    } else {
      left = -1;
    }
    if (right >= 0 && !usedQuote[right]) {
      usedQuote[right] = true;
      content.add(st.quotes.get(right).span());
      st.content.addFollowing(right, content, usedQuote);
    } else if (left >= 0) {
      st.content.addFollowingAfterSegment(seg, content, usedQuote);
    }
    if (content.isEmpty() && source != null && st.view.endsSegmentAfter(afterAdjuncts, seg)) {
      // "Dianne Bystrom agreed. “Mainstream Republicans are …”": the quote after the sentence
      st.content.addFollowingAfterSegment(seg, content, usedQuote);
    }
    return content;
  }

  private static boolean isBeForm(String s) {
    return s.equals("is") || s.equals("are") || s.equals("was") || s.equals("were") || s.equals("been")
        || s.equals("be") || s.equals("being");
  }

  private static boolean hasBe(List<Word> words, int from, int to) {
    for (int j = from; j < to; j++) {
      if (isBeForm(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }
}
