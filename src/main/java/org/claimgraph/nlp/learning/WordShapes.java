package org.claimgraph.nlp.learning;

/** Orthographic word classes: the shape of "McDonald's" is "XxXxxx'x" and similar. */
public final class WordShapes {
  private WordShapes() {}

  /** Every character mapped to X/x/d, other characters kept; runs longer than 2 cut to 2. */
  public static String shape(String word) {
    return shape(word, 2);
  }

  /** Like {@link #shape} with each run collapsed to one character: "Xx", "d-d", "x.x.". */
  public static String collapsedShape(String word) {
    return shape(word, 1);
  }

  private static String shape(String word, int maxRun) {
    StringBuilder out = new StringBuilder(Math.min(word.length(), 12));
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length() && out.length() < 12; i++) {
      char c = classOf(word.charAt(i));
      run = c == last ? run + 1 : 1;
      last = c;
      if (run <= maxRun) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char classOf(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  public static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  public static boolean isAllCaps(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Lower case with every digit turned into 0, so that numbers generalise. */
  public static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
