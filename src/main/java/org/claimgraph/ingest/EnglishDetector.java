package org.claimgraph.ingest;

import java.util.Set;

/**
 * A cheap "is this clearly English?" test: the share of very common English function words among
 * the first words of the text. Running English prose sits around 40–50%; other Latin-script
 * languages share few of these words, and CJK text has none.
 */
final class EnglishDetector {
  private EnglishDetector() {}

  private static final Set<String> STOP_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he", "she", "as",
      "at", "by", "this", "be", "are", "from", "or", "have", "has", "had", "not", "but", "they", "his", "her",
      "which", "an", "were", "their", "been", "will", "would", "said", "we", "you", "who", "its", "more", "than");
  private static final int SAMPLE_WORDS = 300;
  private static final int MIN_WORDS = 5;
  private static final double MIN_SHARE = 0.2;

  /** "en" when the text is clearly English, else null. */
  static String language(String text) {
    int words = 0;
    int stop = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0, n = text.length(); i <= n && words < SAMPLE_WORDS; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || c == '\'') {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words++;
        if (STOP_WORDS.contains(word.toString())) {
          stop++;
        }
        word.setLength(0);
      }
    }
    return words >= MIN_WORDS && stop >= MIN_SHARE * words ? "en" : null;
  }
}
