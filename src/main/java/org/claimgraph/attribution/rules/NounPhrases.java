package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.VERB_CHAIN;
import static org.claimgraph.attribution.rules.WordLists.TITLES;
import static org.claimgraph.attribution.rules.WordLists.PRONOUNS;
import static org.claimgraph.attribution.rules.WordLists.TIME_WORDS;

import java.util.List;
import org.claimgraph.attribution.Span;

/** Where the noun phrases around a cue begin and end: the source before or after it, a sentence subject. */
final class NounPhrases {
  /** Longest span of words a subject is looked for in; bounds the work per cue. */
  private static final int WINDOW = 60;

  private final WordView view;
  private final List<Word> words;
  private final Mentions mentions;

  NounPhrases(WordView view, Mentions mentions) {
    this.view = view;
    this.words = view.words();
    this.mentions = mentions;
  }

  /** "Rep. Gwen Moore (D-Wis.) said": the word before a short parenthesis ending at {@code a}, else {@code a}. */
  int beforeParenthesis(int a, int seg) {
    if (a < view.segStart(seg) || !words.get(a).text().equals(")")) {
      return a;
    }
    for (int j = a - 1; j > view.segStart(seg) && j >= a - 6; j--) {
      if (words.get(j).text().equals("(")) {
        return j - 1;
      }
    }
    return a;
  }

  /** "Two diplomats who asked not to be named said": the noun phrase with its relative clause. */
  int relativeClauseLeft(int a, int seg) {
    int s = view.segStart(seg);
    for (int r = a - 1; r > s && r >= a - 10; r--) {
      Word w = words.get(r);
      if (w.quoted() || w.text().equals(",") || w.text().equals(";") || w.pos().equals("``") || w.pos().equals("''")) {
        return -1;
      }
      if (w.lower().equals("who") || w.lower().equals("whom")) {
        return npLeft(r - 1, seg);
      }
    }
    return -1;
  }

  /** Start word of the noun phrase ending at {@code end}, or -1. Includes appositions and "of/close to" tails. */
  int npLeft(int end, int seg) {
    int lo = Math.max(view.segStart(seg), end - 20);
    Word last = words.get(end);
    boolean named = !last.quoted() && last.capitalised() && mentions.mentionOverlapping(new Span(last.begin(), last.end())) != null;
    // a name the tagger calls a verb ("Mr. Sperling/VBG said") is still a noun phrase when NER found it
    if (!named && (!nounPhraseWord(last) || !(last.isNounish() || last.pos().equals("POS")))) {
      if (last.text().equals(",")) {
        return appositionLeft(end, seg);
      }
      return -1;
    }
    int s = end;
    while (s - 1 >= lo) {
      Word p = words.get(s - 1);
      if (nounPhraseWord(p)) {
        s--;
      } else if (p.text().equals(".") && s - 2 >= lo && words.get(s - 2).end() == p.begin()
          && TITLES.contains(words.get(s - 2).text() + ".")) {
        s -= 2; // "Rep. Darrell Issa", "Lt. Gov. Dan Patrick"
      } else if (p.lower().equals("to") && s - 3 >= lo && words.get(s - 2).lower().equals("close")
          && nounPhraseWord(words.get(s - 3))) {
        s -= 3; // "sources close to the talks"
      } else if ((p.lower().equals("of") || p.lower().equals("close") || p.lower().equals("to")
          || p.lower().equals("for") || p.lower().equals("with") || p.lower().equals("from")
          || p.lower().equals("at") || p.lower().equals("and") || p.lower().equals("in"))
          && s - 2 >= lo && nounPhraseWord(words.get(s - 2))) {
        s -= 2;
      } else {
        break;
      }
    }
    // a pronoun only stands alone
    if (words.get(end).pos().equals("PRP") && s < end) {
      s = end;
    }
    while (s < end && (words.get(s).lower().equals("and") || words.get(s).lower().equals("of")
        || words.get(s).pos().equals("IN"))) {
      s++;
    }
    if (clitic(words.get(s))) {
      // "Ukraine's SBU security service": a possessive takes its owner along, whatever the tagger
      // made of the owner; a clitic verb ("it's the judge") is not part of the phrase after it
      if (!words.get(s).isVerb() && s - 1 >= view.segStart(seg) && !words.get(s - 1).isPunct()
          && !words.get(s - 1).quoted()) {
        int owner = npLeft(s - 1, seg);
        return owner >= 0 ? owner : s - 1;
      }
      return s < end ? s + 1 : -1;
    }
    return s;
  }

  private static boolean clitic(Word w) {
    return w.lower().equals("'s") || w.lower().equals("’s");
  }

  /** "Jackson, the superdelegate from Maine, said": the name plus its apposition. */
  private int appositionLeft(int comma, int seg) {
    int lo = Math.max(view.segStart(seg), comma - 16);
    for (int j = comma - 1; j > lo; j--) {
      Word p = words.get(j);
      if (p.text().equals(",")) {
        int s = npLeft(j - 1, seg);
        return s >= 0 && words.get(j - 1).pos().startsWith("NNP") ? s : -1;
      }
      if (p.isVerb() && !p.pos().equals("VBN") && !p.pos().equals("VBG") || p.quoted()) {
        return -1;
      }
    }
    return -1;
  }

  private boolean nounPhraseWord(Word w) {
    if (w.quoted() || w.isPunct() && !w.text().equals("-")) {
      return false;
    }
    String p = w.pos();
    return p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$")
        || p.equals("POS") || p.equals("CD") || p.equals("PRP") || p.equals("PDT")
        || (p.isEmpty() && !VERB_CHAIN.contains(w.lower())) || clitic(w) && !w.isVerb();
  }

  /** [first, last] word of a source noun phrase right after an inverted cue, or null. */
  int[] npRight(int k, int seg) {
    int end = view.segEnd(seg);
    if (k >= end) {
      return null;
    }
    Word f = words.get(k);
    if (f.quoted() || !(f.pos().startsWith("NN") || f.pos().equals("DT") || f.pos().equals("PRP")
        || f.pos().startsWith("JJ") || f.pos().equals("PRP$") || f.pos().equals("CD") || f.pos().isEmpty())
        || TIME_WORDS.contains(f.lower()) && !f.pos().equals("PRP") && !f.pos().startsWith("NNP")
        && !f.lower().equals("the") && !f.lower().equals("a") && !f.lower().equals("an")
        || f.lower().equals("that") || f.lower().equals("this")) {
      return null;
    }
    if (f.pos().equals("PRP")) {
      return PRONOUNS.contains(f.lower()) || f.lower().equals("reporters") ? new int[] {k, k} : null;
    }
    int j = k;
    int hi = Math.min(end, k + 25);
    int last = -1;
    while (j < hi) {
      Word w = words.get(j);
      if (w.quoted() || w.pos().equals("``")) {
        break;
      }
      if (w.text().equals(".") && j > k && j + 1 < hi && words.get(j - 1).end() == w.begin()
          && TITLES.contains(words.get(j - 1).text() + ".")) {
        j++; // "said Mr. Isbell": the title's full stop ends no phrase
        continue;
      }
      if (w.isVerb() && !w.pos().equals("VBN") && !w.pos().equals("VBG") || w.lower().equals("that")
          || w.text().equals(";") || w.text().equals(":") || w.text().equals(".") || w.text().equals("?")
          || w.text().equals("!") || w.text().equals("(")) {
        break;
      }
      if (TIME_WORDS.contains(w.lower()) && (w.lower().equals("on") || w.lower().equals("in")
          || w.lower().equals("at") || w.lower().equals("during") || w.lower().equals("after")
          || w.lower().equals("before") || w.lower().equals("to") || w.lower().equals("when")
          || (w.pos().startsWith("NNP") && TIME_WORDS.contains(w.lower())))) {
        break;
      }
      if (w.text().equals(",")) {
        // an apposition continues the source ("Jackson, the superdelegate from Maine")
        if (j + 1 < hi && (words.get(j + 1).pos().equals("DT") || words.get(j + 1).pos().equals("PRP$")
            || words.get(j + 1).pos().startsWith("NN") || words.get(j + 1).pos().startsWith("JJ"))
            && !TIME_WORDS.contains(words.get(j + 1).lower()) && !words.get(j + 1).quoted()
            && !words.get(j + 1).lower().equals("who") && apposUntilEnd(j + 1, hi)) {
          j++;
          continue;
        }
        break;
      }
      if (!w.isPunct() || w.text().equals("-")) {
        last = j;
      }
      j++;
    }
    return last >= k ? new int[] {k, last} : null;
  }

  private boolean apposUntilEnd(int from, int hi) {
    for (int j = from; j < hi; j++) {
      Word w = words.get(j);
      if (w.quoted() || w.pos().equals("``")) {
        return true;
      }
      if (w.isVerb() && !w.pos().equals("VBN") && !w.pos().equals("VBG") || w.lower().equals("that")) {
        return false;
      }
      if (w.text().equals(".") || w.text().equals(",")) {
        return true;
      }
    }
    return true;
  }

  /** The subject of a segment for "…, saying …": the first noun phrase before the cue. */
  Span subjectOfSegment(int seg, int cue) {
    int s = view.segStart(seg);
    for (int j = s; j < cue && j < s + WINDOW; j++) {
      Word w = words.get(j);
      if (w.isVerb()) {
        int st = j - 1 >= s ? npLeft(j - 1, seg) : -1;
        if (st < 0 && j - 2 >= s) {
          // "Trump, who …" / "Trump also said": step over one adverb
          st = npLeft(j - 2, seg);
          return st >= 0 ? new Span(words.get(st).begin(), words.get(j - 2).end()) : null;
        }
        return st >= 0 ? new Span(words.get(st).begin(), words.get(j - 1).end()) : null;
      }
    }
    return null;
  }
}
