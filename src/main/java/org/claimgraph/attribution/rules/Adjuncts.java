package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.VERB_CHAIN;
import static org.claimgraph.attribution.rules.WordLists.TIME_WORDS;
import static org.claimgraph.attribution.rules.WordLists.TIME_HEADS;
import static org.claimgraph.attribution.rules.WordLists.TIME_MODIFIERS;
import static org.claimgraph.attribution.rules.WordLists.MONTHS;
import static org.claimgraph.attribution.rules.WordLists.MEDIUM_NOUNS;

import java.util.List;

/** Temporal, manner and medium adjuncts around a cue ("on Monday", "in a statement"), which rules step over. */
final class Adjuncts {
  private final WordView view;
  private final List<Word> words;

  Adjuncts(WordView view) {
    this.view = view;
    this.words = view.words();
  }

  /**
   * The last word before a temporal or manner adjunct that ends at {@code a} ("on Monday", "last
   * week", "earlier", "in a statement"), or {@code a} itself when there is none.
   */
  int skipAdjunctsLeft(int a, int seg) {
    int s = view.segStart(seg);
    int j = a;
    if (j >= s && (TIME_HEADS.contains(words.get(j).lower()) || words.get(j).pos().equals("CD")
        && j - 1 >= s && MONTHS.contains(words.get(j - 1).lower()))) {
      int t = j;
      while (t >= s && t > a - 5 && (TIME_HEADS.contains(words.get(t).lower()) || TIME_MODIFIERS.contains(words.get(t).lower())
          || words.get(t).pos().equals("CD") || MONTHS.contains(words.get(t).lower()))) {
        t--;
      }
      // a bare weekday at the start is the subject's own noun phrase only when nothing precedes it
      if (t >= s && t < j && (words.get(t).isNounish() || words.get(t).text().equals(",") || VERB_CHAIN.contains(words.get(t).lower()))) {
        j = t;
      }
    } else if (j - 2 >= s && MEDIUM_NOUNS.contains(words.get(j).lower())) {
      for (int t = j - 1; t >= s && t >= j - 3; t--) {
        String l = words.get(t).lower();
        if (l.equals("in") || l.equals("on") || l.equals("via") || l.equals("during")) {
          if (t - 1 >= s && words.get(t - 1).isNounish()) {
            j = t - 1;
          }
          break;
        }
      }
    }
    while (j > s && words.get(j).text().equals(",") && j < a) {
      j--;
    }
    return j;
  }

  /** Skips "on Monday", "in a statement", "last week", "," after a cue; returns the next word. */
  int skipAdjuncts(int k, int seg) {
    int end = view.segEnd(seg);
    int j = k;
    while (j < end && j < k + 8) {
      Word w = words.get(j);
      if (w.quoted() || w.pos().equals("``")) {
        break;
      }
      boolean adjunct = w.text().equals(",") || w.text().equals(":") || w.text().equals("—")
          || w.text().equals("–") || w.text().equals("-")
          || (TIME_WORDS.contains(w.lower()) && !w.lower().equals("that"))
          || (w.pos().startsWith("NNP") && j > k && TIME_WORDS.contains(words.get(j - 1).lower())
              && !words.get(j - 1).text().equals(","))
          || (w.pos().equals("CD") && j > k && MONTHS.contains(words.get(j - 1).lower())); // "on March 3"
      if (!adjunct) {
        break;
      }
      j++;
    }
    // only accept the skip when it lands on a quote, "that", or a clause; otherwise keep k
    if (j < end) {
      Word w = words.get(j);
      if (w.quoted() || w.pos().equals("``") || w.lower().equals("that") || j == k) {
        return j;
      }
      // adjunct words were really the start of the content ("the economy is strong")
      for (int t = k; t < j; t++) {
        String l = words.get(t).lower();
        if (l.equals("the") || l.equals("a") || l.equals("an") || l.equals("this")
            || l.equals("his") || l.equals("her") || l.equals("their") || l.equals("its")) {
          // keep a leading adjunct only if it is a prepositional phrase
          if (!TIME_WORDS.contains(words.get(k).lower()) || words.get(k).lower().equals("the")
              || words.get(k).lower().equals("a") || words.get(k).lower().equals("this")) {
            return k;
          }
        }
      }
      return j;
    }
    return j;
  }
}
