package org.claimgraph.attribution.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.attribution.CueLexicon;
import org.claimgraph.attribution.Form;
import org.claimgraph.attribution.Span;

/** What a source said: the quotes that belong to a cue, or the reported clause after or before it. */
final class Content {
  private static final int MAX_CONTINUATION_QUOTES = 8;

  private final String text;
  private final WordView view;
  private final List<Word> words;
  private final Quotes quotes;
  private final CueLexicon lexicon;
  private final NounPhrases nps;

  Content(WordView view, CueLexicon lexicon, NounPhrases nps) {
    this.text = view.text();
    this.view = view;
    this.words = view.words();
    this.quotes = view.quotes();
    this.lexicon = lexicon;
    this.nps = nps;
  }

  /** The noun phrase after a speech noun's preposition: up to a clause boundary, at most 15 words. */
  Span complementPhrase(int k, int seg) {
    int last = -1;
    for (int j = k; j < view.segEnd(seg) && j < k + 15; j++) {
      Word w = words.get(j);
      boolean boundary = !w.quoted() && (w.text().equals(",") || w.text().equals(";") || w.text().equals(":")
          || w.text().equals(".") || w.text().equals("—") || w.text().equals("(") || w.pos().equals("VBD")
          || w.pos().equals("VBZ") || w.pos().equals("VBP") || w.pos().equals("MD") || w.pos().equals("WDT")
          || w.pos().equals("WP") || w.lower().equals("that") || w.lower().equals("because"));
      if (boundary) {
        break;
      }
      if (!w.isPunct() || w.pos().equals("''")) {
        last = j;
      }
    }
    return last < k ? null : new Span(words.get(k).begin(), words.get(last).end());
  }

  /** “…,” / “…?” / “…” , — a quote that runs on into its cue clause. */
  boolean endsWithComma(Quote q, int clauseBegin) {
    String tail = text.substring(Math.max(q.begin(), q.end() - 3), clauseBegin);
    return tail.indexOf(',') >= 0 || tail.indexOf('?') >= 0 || tail.indexOf('!') >= 0 || tail.indexOf('—') >= 0;
  }

  /** The quote opening at or right after word {@code k} in this segment (or the next one after a colon). */
  int quoteStartingAfter(int k, int seg, int cueWord) {
    int end = view.segEnd(seg);
    int j = k;
    int pos;
    if (j < end) {
      Word w = words.get(j);
      if (!(w.pos().equals("``") || w.quoted())) {
        return -1;
      }
      pos = w.begin();
    } else {
      // "as follows:" / "said:" at the end of a line, the quote starts the next paragraph
      Word last = words.get(end - 1);
      if (!last.text().equals(":") && !(end - 1 == cueWord)) {
        return -1;
      }
      pos = last.end();
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
    if (pos >= text.length() || quotes.at(pos) < 0) {
      return -1;
    }
    Quote q = quotes.get(quotes.at(pos));
    if (q.begin() != pos) {
      return -1;
    }
    // a short title-like quote right after the verb is not the content ("wrote “The Art of the Deal”")
    String inner = text.substring(q.begin(), q.end());
    boolean immediate = k == cueWord + 1;
    if (immediate && inner.split("\\s+").length <= 4 && !inner.matches("(?s).*[.,!?]\\W*$")) {
      return -1;
    }
    return quotes.at(pos);
  }

  void addQuoteChain(int qi, List<Span> content, boolean[] used) {
    List<Span> chain = new ArrayList<>();
    int q = qi;
    int guard = 0;
    while (q >= 0 && !used[q] && guard++ < 20) {
      chain.add(0, quotes.get(q).span());
      used[q] = true;
      q = quotes.get(q).prev();
    }
    content.addAll(chain);
  }

  /** Quotes that follow quote {@code qi} with nothing but space between and no cue of their own. */
  void addFollowing(int qi, List<Span> content, boolean[] used) {
    int last = qi;
    for (int n = 0; n < MAX_CONTINUATION_QUOTES; n++) {
      int next = quotes.nextQuoteAfter(quotes.get(last).end(), used);
      if (next < 0 || !onlySpaceOrLinked(quotes.get(last), quotes.get(next))) {
        return;
      }
      used[next] = true;
      content.add(quotes.get(next).span());
      last = next;
    }
  }

  private boolean onlySpaceOrLinked(Quote a, Quote b) {
    if (b.prev() >= 0 && quotes.get(b.prev()) == a) {
      return !hasOwnCue(b);
    }
    String gap = text.substring(a.end(), b.begin());
    return gap.matches("[\\s.,;]*") && !hasOwnCue(b);
  }

  /** After "“A,” he said." the next quote sentences without a cue of their own. */
  void addFollowingAfterSegment(int seg, List<Span> content, boolean[] used) {
    int segEndChar = view.segEndChar(seg);
    int next = quotes.nextQuoteAfter(segEndChar, used);
    if (next < 0) {
      return;
    }
    String gap = text.substring(segEndChar, quotes.get(next).begin());
    if (!gap.matches("[\\s.,;]*") || hasOwnCue(quotes.get(next))) {
      return;
    }
    used[next] = true;
    content.add(quotes.get(next).span());
    addFollowing(next, content, used);
  }

  /** A quote has its own cue when its sentence has a cue verb outside quotation marks. */
  private boolean hasOwnCue(Quote q) {
    int w = view.wordAt(q.end() - 1);
    if (w < 0) {
      return true;
    }
    int seg = words.get(w).seg();
    // the quote's text after its end up to the segment end, and before its begin
    for (int j = view.segStart(seg); j < view.segEnd(seg); j++) {
      Word x = words.get(j);
      if (x.quoted() || x.begin() >= q.begin() && x.end() <= q.end()) {
        continue;
      }
      if (lexicon.lookup(x.lower()) != null && (x.pos().startsWith("VB") || x.pos().isEmpty())
          || x.lower().equals("according") || x.text().equals(":")) {
        return true;
      }
    }
    // a quote whose paragraph goes on after it with other words is part of another sentence
    return false;
  }

  /** Reported content: after the cue to the sentence end, or before it in inverted order. */
  Span reportedContent(int k, int seg, int clauseBegin, boolean sourceBefore) {
    int end = view.segEnd(seg);
    int last = end - 1;
    while (last >= k && (words.get(last).isPunct() && !words.get(last).pos().equals("''"))) {
      last--;
    }
    if (last >= k && k < end) {
      Word first = words.get(k);
      if (!first.text().equals(".") && !first.text().equals(")")) {
        last = beforeNextCueClause(k, last);
        int b = first.begin();
        int e = words.get(last).end();
        // a partial quote that ends the content keeps its closing mark: was "handled badly"
        if (e < text.length() && Quotes.CLOSE_QUOTES.indexOf(text.charAt(e)) >= 0 && quotes.at(e) >= 0
            && quotes.get(quotes.at(e)).begin() >= b && quotes.get(quotes.at(e)).end() == e + 1) {
          e++;
        }
        if (e > b && (e - b > 2)) {
          return new Span(b, e);
        }
      }
    }
    // inverted: "The economy is strong, officials said."
    int s = view.segStart(seg);
    int stop = s;
    while (stop < end && words.get(stop).end() <= clauseBegin) {
      stop++;
    }
    int lastBefore = stop - 1;
    while (lastBefore >= s && (words.get(lastBefore).isPunct() && !words.get(lastBefore).pos().equals("''"))) {
      lastBefore--;
    }
    int first = s;
    while (first <= lastBefore && words.get(first).isPunct() && !words.get(first).pos().equals("``")) {
      first++;
    }
    if (lastBefore >= first && stop > s && words.get(stop - 1).text().equals(",") && !sourceBefore
        || lastBefore >= first && stop > s && words.get(stop - 1).text().equals(",")) {
      return new Span(words.get(first).begin(), words.get(lastBefore).end());
    }
    return null;
  }

  /** Ends reported content before ", saying …", "and added …", ", Smith said" (their own attributions). */
  private int beforeNextCueClause(int k, int last) {
    for (int j = k + 2; j <= last; j++) {
      Word w = words.get(j);
      if (w.quoted() || lexicon.lookup(w.lower()) == null || !(w.pos().startsWith("VB") || w.pos().isEmpty())) {
        continue;
      }
      int c = j - 1;
      int np = c > k ? nps.npLeft(c, w.seg()) : -1;
      if (np > k && j - np <= 6) {
        c = np - 1; // ", the club announced yesterday", ", a Commission spokeswoman said"
      } else if (words.get(c).pos().equals("PRP") || words.get(c).pos().startsWith("NNP")) {
        c--;
      }
      if (c > k && isClauseBreak(words.get(c))) {
        int e = c - 1;
        while (e > k && (words.get(e).isPunct() && !words.get(e).pos().equals("''") || isClauseBreak(words.get(e)))) {
          e--;
        }
        return e;
      }
    }
    return last;
  }

  private boolean isClauseBreak(Word w) {
    return w.text().equals(",") || w.lower().equals("and") || w.lower().equals("but") || w.lower().equals("while")
        || w.text().equals(";") || w.text().equals("—");
  }

  Form quotedShare(Span c) {
    int quoted = 0;
    int letters = 0;
    for (int i = c.begin(); i < c.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        letters++;
        if (quotes.inQuote(i)) {
          quoted++;
        }
      }
    }
    if (letters > 0 && quoted == letters && quotes.at(c.begin()) >= 0) {
      return Form.DIRECT;
    }
    return quoted > 0 ? Form.MIXED : Form.INDIRECT;
  }
}
