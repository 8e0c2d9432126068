package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.TITLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.attribution.AttributionDocument;
import org.claimgraph.attribution.AttributionDocument.Token;

/**
 * The words the rules read, and the segments (sentences) they fall in. Spark NLP tokens keep curly
 * double quotes ("“absolutely") and some clitics ("won’t") attached, so each token is split into
 * quote marks, the word and a clitic; and a sentence the detector split after an abbreviation is
 * joined back.
 */
final class WordView {
  /** Longest stretch of words treated as one sentence; bounds pathological input. */
  private static final int MAX_SEGMENT_WORDS = 250;

  private final String text;
  private final Quotes quotes;
  private final List<Word> words = new ArrayList<>();
  private final List<int[]> segs = new ArrayList<>(); // [begin, end, firstWord, endWord)
  private final List<Integer> tokenSentence = new ArrayList<>(); // the tokenizer's sentence of each word

  WordView(AttributionDocument doc) {
    this.text = doc.text();
    this.quotes = new Quotes(text);
    buildWords(doc);
    int ti = 0;
    List<Token> toks = doc.tokens();
    for (Word w : words) {
      while (ti + 1 < toks.size() && toks.get(ti).end() <= w.begin()) {
        ti++;
      }
      tokenSentence.add(toks.get(ti).sentence());
    }
  }

  String text() {
    return text;
  }

  Quotes quotes() {
    return quotes;
  }

  List<Word> words() {
    return words;
  }

  /** Character offset where segment {@code seg} ends. */
  int segEndChar(int seg) {
    return segs.get(seg)[1];
  }

  private void buildWords(AttributionDocument doc) {
    int lastSent = -1;
    int segBegin = -1;
    for (Token t : doc.tokens()) {
      int b = t.begin();
      int e = Math.min(t.end(), text.length());
      // new segment at a new sentence or after a line break
      boolean newSeg = (t.sentence() != lastSent && !afterTitle() && !continuesSentence(t)) || segBegin < 0
          || text.substring(words.isEmpty() ? b : words.get(words.size() - 1).end(), b).indexOf('\n') >= 0
          || (!segs.isEmpty() && words.size() - segs.get(segs.size() - 1)[2] >= MAX_SEGMENT_WORDS);
      if (newSeg) {
        closeSegment();
        segs.add(new int[] {b, b, words.size(), words.size()});
        segBegin = b;
      }
      // a sentence joined to the previous one must not split again at its second token
      lastSent = t.sentence();
      split(b, e, t.pos() == null ? "" : t.pos());
    }
    closeSegment();
  }

  /** The sentence detector splits after "Sen." or "J."; such a split does not end a sentence. */
  private boolean afterTitle() {
    int n = words.size();
    if (n == 0) {
      return false;
    }
    Word last = words.get(n - 1);
    String w = last.text();
    if (w.equals(".") && n >= 2 && words.get(n - 2).end() == last.begin()) {
      w = words.get(n - 2).text() + ".";
    }
    return TITLES.contains(w) || w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }

  /**
   * The sentence detector also splits after abbreviations it does not know ("R-Ky.", "(D-Wis.)"):
   * a "sentence" that opens with a lower-case word or with ",", ")" or ";" goes on the previous one.
   */
  private boolean continuesSentence(Token t) {
    if (words.isEmpty() || t.text().isEmpty()) {
      return false;
    }
    char c = t.text().charAt(0);
    return Character.isLowerCase(c) || c == ',' || c == ')' || c == ';';
  }

  private void closeSegment() {
    if (!segs.isEmpty()) {
      int[] s = segs.get(segs.size() - 1);
      s[3] = words.size();
      s[1] = words.isEmpty() || s[3] == s[2] ? s[0] : words.get(words.size() - 1).end();
    }
  }

  private void split(int b, int e, String pos) {
    int seg = segs.size() - 1;
    if (pluralPossessiveMark(b, e, seg)) {
      // the tokenizer splits "voters’" in two; the rules read the apostrophe with its word, as below
      Word prev = words.remove(words.size() - 1);
      String s = text.substring(prev.begin(), e);
      words.add(new Word(prev.begin(), e, s, s.toLowerCase(Locale.ROOT), prev.pos(), seg, prev.quoted()));
      return;
    }
    String whole = text.substring(b, e);
    if (whole.equals("'s") || whole.equals("’s") || whole.equals("'S") || whole.equals("’S")) {
      // a clitic the tokenizer split off: its apostrophe opens no quote, and the tagger has read it
      add(b, e, pos.isEmpty() ? "POS" : pos, seg);
      return;
    }
    while (b < e && Quotes.isMark(text.charAt(b))) {
      int w = b + (b + 1 < e && text.charAt(b) == '\'' && text.charAt(b + 1) == '\'' ? 2 : 1);
      add(b, w, "``", seg);
      b = w;
    }
    List<int[]> tail = new ArrayList<>();
    while (e > b && Quotes.isMark(text.charAt(e - 1))) {
      // keep the apostrophe of a plural possessive ("voters’") with the word
      if ((text.charAt(e - 1) == '’' || text.charAt(e - 1) == '\'') && e - 1 > b
          && text.charAt(e - 2) == 's' && !quotes.closesQuote(e - 1)) {
        break;
      }
      tail.add(0, new int[] {e - 1, e});
      e--;
    }
    // trailing punctuation glued to a word ("wrong”," gives "wrong" "," once the quote is split)
    String s = text.substring(b, e);
    String lower = s.toLowerCase(Locale.ROOT);
    int clitic = -1;
    for (String c : new String[] {"’s", "'s", "n’t", "n't", "’re", "'re", "’ve", "'ve", "’ll", "'ll"}) {
      if (lower.endsWith(c) && lower.length() > c.length()) {
        clitic = e - c.length();
        break;
      }
    }
    if (b < e) {
      if (clitic > b) {
        String cl = text.substring(clitic, e).toLowerCase(Locale.ROOT);
        add(b, clitic, cl.contains("n") && cl.endsWith("t") ? "VB" : pos, seg);
        add(clitic, e, cl.endsWith("s") ? "POS" : cl.endsWith("t") ? "RB" : "VB", seg);
      } else {
        add(b, e, pos, seg);
      }
    }
    for (int[] q : tail) {
      add(q[0], q[1], "''", seg);
    }
  }

  /** A lone apostrophe glued to the word before, which ends in "s", and closing no quote. */
  private boolean pluralPossessiveMark(int b, int e, int seg) {
    if (e - b != 1 || text.charAt(b) != '’' && text.charAt(b) != '\'' || words.isEmpty()) {
      return false;
    }
    Word prev = words.get(words.size() - 1);
    return prev.end() == b && prev.seg() == seg && Character.toLowerCase(text.charAt(b - 1)) == 's'
        && !prev.isPunct() && !quotes.closesQuote(b);
  }

  private void add(int b, int e, String pos, int seg) {
    String s = text.substring(b, e);
    words.add(new Word(b, e, s, s.toLowerCase(Locale.ROOT), pos, seg, quotes.inQuote(b)));
  }

  /** First word of segment {@code seg}. */
  int segStart(int seg) {
    return segs.get(seg)[2];
  }

  /** Word after the last of segment {@code seg}. */
  int segEnd(int seg) {
    return segs.get(seg)[3];
  }

  /** Nothing but punctuation from word {@code k} to the end of the segment. */
  boolean endsSegmentAfter(int k, int seg) {
    for (int j = k; j < segEnd(seg); j++) {
      if (!words.get(j).isPunct()) {
        return false;
      }
    }
    return true;
  }

  /** The word covering character {@code pos}, or -1. */
  int wordAt(int pos) {
    int lo = 0;
    int hi = words.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Word w = words.get(mid);
      if (w.end() <= pos) {
        lo = mid + 1;
      } else if (w.begin() > pos) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The tokenizer's sentence a segment starts in: segments may join sentences. */
  int sentenceIndex(int seg) {
    int w = segs.get(seg)[2];
    return w < words.size() ? tokenSentence.get(w) : 0;
  }
}
