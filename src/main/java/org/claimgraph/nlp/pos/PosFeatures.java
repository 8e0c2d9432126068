package org.claimgraph.nlp.pos;

import java.util.List;
import org.claimgraph.nlp.learning.Hashing;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * Features of one token for the greedy tagger: the word, its affixes and shape, its neighbours,
 * and the two tags already chosen to its left. Each is a template id combined with a hashed value.
 */
final class PosFeatures {
  static final int MAX = 24;
  private static final long NONE = Hashing.of("<none>");

  private PosFeatures() {}

  /**
   * Writes the features of token {@code i} into {@code out} and returns how many there are.
   *
   * @param norm the sentence's words, normalised by {@link WordShapes#normalize}
   * @param prev the tag index chosen for token i-1 (-1 at the start)
   * @param prev2 the tag index chosen for token i-2 (-1 before it)
   */
  static int extract(List<String> words, String[] norm, int i, int prev, int prev2, long[] out) {
    String w = words.get(i);
    String n = norm[i];
    int k = 0;
    out[k++] = Hashing.combine(1, 0);
    out[k++] = Hashing.combine(2, Hashing.of(n));
    for (int len = 1; len <= 4 && len <= n.length(); len++) {
      out[k++] = Hashing.combine(2 + len, Hashing.of(n, n.length() - len, n.length()));
    }
    for (int len = 1; len <= 3 && len <= n.length(); len++) {
      out[k++] = Hashing.combine(6 + len, Hashing.of(n, 0, len));
    }
    out[k++] = Hashing.combine(10, Hashing.of(shape(w)));
    out[k++] = Hashing.combine(11, prev);
    out[k++] = Hashing.combine(12, prev2, prev);
    out[k++] = Hashing.combine(13, prev, Hashing.of(n));
    out[k++] = Hashing.combine(14, word(norm, i - 1));
    out[k++] = Hashing.combine(15, suffix(norm, i - 1));
    out[k++] = Hashing.combine(16, word(norm, i - 2));
    out[k++] = Hashing.combine(17, word(norm, i + 1));
    out[k++] = Hashing.combine(18, suffix(norm, i + 1));
    out[k++] = Hashing.combine(19, word(norm, i + 2));
    out[k++] = Hashing.combine(20, flags(w, i));
    out[k++] = Hashing.combine(21, word(norm, i - 1), Hashing.of(n));
    out[k++] = Hashing.combine(22, Hashing.of(n), word(norm, i + 1));
    return k;
  }

  private static long word(String[] norm, int i) {
    return i < 0 || i >= norm.length ? NONE : Hashing.of(norm[i]);
  }

  private static long suffix(String[] norm, int i) {
    if (i < 0 || i >= norm.length) {
      return NONE;
    }
    String n = norm[i];
    return Hashing.of(n, Math.max(0, n.length() - 3), n.length());
  }

  /** Character classes with runs collapsed: "McDonald's" → "XxXx'x", "3.5" → "d.d". */
  private static String shape(String w) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length() && b.length() < 8; i++) {
      char c = w.charAt(i);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : c;
      if (cls != last) {
        b.append(cls);
        last = cls;
      }
    }
    return b.toString();
  }

  private static long flags(String w, int position) {
    boolean upper = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    boolean allCaps = upper && w.chars().noneMatch(Character::isLowerCase);
    boolean digit = w.chars().anyMatch(Character::isDigit);
    boolean hyphen = w.indexOf('-') >= 0;
    return (position == 0 ? 1 : 0) | (upper ? 2 : 0) | (allCaps ? 4 : 0) | (digit ? 8 : 0)
        | (hyphen ? 16 : 0);
  }
}
