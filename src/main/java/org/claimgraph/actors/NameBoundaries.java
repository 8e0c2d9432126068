package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the words a page glued to a name off a mention, so that the name alone is linked: link
 * labels and headline words ("Donald Trump MORE"), handles, hashtags and links ("Yoel Roth
 * (@yoyoel"), a following word run into the name without a space ("Donald John TrumpSessions"), and
 * the tag runs that repeat a name ("Donald Trump Donald John Trump"). Each pattern is one method.
 */
final class NameBoundaries {
  private NameBoundaries() {}

  static final Set<String> HEADLINE_WORDS = ActorWords.read("headline-words");
  static final Set<String> NAME_PREFIXES = ActorWords.read("name-prefixes");
  static final Set<String> NOT_NAMES = ActorWords.read("not-names");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  /**
   * Tokens of the name without the glued-on words; empty when the mention is nothing but such words,
   * or one word that is never a name ({@code actors/not-names.txt}: "I’m", "LLC").
   */
  static List<String> cut(List<String> tokens) {
    List<String> out = beforeHandle(tokens);
    out = aroundHeadlineWords(out);
    out = beforeGluedWord(out);
    out = firstOfRepeatedName(out);
    return out.size() == 1 && NOT_NAMES.contains(out.get(0)) ? List.of() : out;
  }

  /** "Jon Levine @LevineJonathan", "Trump #MAGA", "Trump pic.twitter.com/x": the name ends before such a token. */
  static List<String> beforeHandle(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      if (t.startsWith("@") || t.startsWith("#") || t.contains("/") || t.toLowerCase(Locale.ROOT).startsWith("http")) {
        break;
      }
      out.add(t);
    }
    return out;
  }

  /**
   * "Donald Trump MORE", "SEE ALSO Ted Cruz": the words before the first headline word, or when it
   * comes first, the words after the last one before the name.
   */
  static List<String> aroundHeadlineWords(List<String> tokens) {
    List<String> segment = new ArrayList<>();
    for (String t : tokens) {
      if (HEADLINE_WORDS.contains(stripPunctuation(t))) {
        if (!segment.isEmpty()) {
          return segment;
        }
      } else {
        segment.add(t);
      }
    }
    return segment;
  }

  /**
   * "Donald John TrumpSessions", "TrumpGOP": a word run into the name is cut off where a lower-case
   * letter meets a capital. Only where the glue is certain: after a prefix of three letters or more that
   * is no surname prefix ("McCain", "DiCaprio", "MacArthur" stay), and in a name's later word or before a
   * run of capitals ("TrumpGOP"), since a first word may be a brand ("ExxonMobil", "YouTube").
   */
  static List<String> beforeGluedWord(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      int glue = glueAt(t);
      if (glue < 0) {
        continue;
      }
      String rest = t.substring(glue);
      boolean capitalsRun = rest.length() >= 2 && rest.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
      if (i > 0 || capitalsRun) {
        List<String> out = new ArrayList<>(tokens.subList(0, i));
        out.add(t.substring(0, glue));
        return out;
      }
    }
    return tokens;
  }

  /** Index of the first lower-to-upper case change after a prefix of 3+ letters that is no surname prefix; -1 if none. */
  private static int glueAt(String token) {
    for (int j = 3; j < token.length(); j++) {
      if (Character.isUpperCase(token.charAt(j)) && Character.isLowerCase(token.charAt(j - 1))) {
        String prefix = token.substring(0, j);
        boolean letters = prefix.chars().allMatch(Character::isLetter) && Character.isUpperCase(prefix.charAt(0));
        return letters && !NAME_PREFIXES.contains(prefix.toLowerCase(Locale.ROOT)) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * "Donald Trump Donald John Trump", "Trump Donald John Trump": a tag run repeats the surname; the
   * writer's own form comes first and is kept. Three words at least, so "Sirhan Sirhan" stays.
   */
  static List<String> firstOfRepeatedName(List<String> tokens) {
    if (tokens.size() < 3) {
      return tokens;
    }
    String last = tokens.get(tokens.size() - 1);
    int first = tokens.indexOf(last);
    return first < tokens.size() - 1 ? new ArrayList<>(tokens.subList(0, first + 1)) : tokens;
  }

  private static String stripPunctuation(String token) {
    return EDGE_PUNCTUATION.matcher(token).replaceAll("");
  }
}
