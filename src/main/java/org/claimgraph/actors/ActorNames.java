package org.claimgraph.actors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pure string rules for actor names: cleaning a surface form, stripping titles, normalising to a
 * match key, spotting acronyms and hashing the key into the actor id. No Spark here, so every rule
 * is unit-testable and runs identically on every executor.
 */
public final class ActorNames {
  private ActorNames() {}

  /** Entity types that become actors. MISC (nationalities, titles of works, events) does not. */
  public static final Set<String> ACTOR_TYPES = Set.of("PER", "ORG", "LOC");

  /** Words that may precede a person's name as a title, honorific or office ({@code actors/titles.txt}). */
  static final Set<String> TITLE_WORDS = ActorWords.TITLES;

  /** Words an acronym skips when its letters are taken from a long form. */
  static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "&", "de", "du", "des", "la", "le");

  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Compiled once: String.replaceAll and split compile their pattern on every call, and these run
  // several times for every mention of a run.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DROPPED = Pattern.compile("['’`.]");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s-]+");
  private static final Pattern ACRONYM = Pattern.compile("^(?:\\p{Lu}\\.){2,6}$|^\\p{Lu}{2,6}$");
  private static final Set<String> PER_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** The surface form as an alias: trimmed, spaces collapsed, possessive {@code 's}/{@code ’s} removed. */
  public static String clean(String surface) {
    String s = surface == null ? "" : SPACES.matcher(surface.strip()).replaceAll(" ");
    return POSSESSIVE.matcher(s).replaceFirst("").strip();
  }

  /**
   * Result of stripping: the name that is matched; whether a title was removed; whether glued-on
   * words were cut off ({@link NameBoundaries}); whether an honorific showed the name is a person's.
   */
  public record Stripped(String name, boolean titleStripped, boolean boundaryCut, boolean personal) {}

  /**
   * Words glued to the name cut off ({@link NameBoundaries}); a leading "the" removed; person-only
   * honorifics removed before or after the name, whatever the type ("Mr Trump", "Obama Mr"); PER
   * (or a name an honorific showed to be a person's): also leading titles and offices; ORG: a
   * trailing "group" ("the Islamic State group" → "Islamic State"). The name is empty when nothing
   * but glued-on words was left.
   */
  public static Stripped strip(String cleaned, String type) {
    List<String> original = cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    List<String> tokens = new ArrayList<>(NameBoundaries.cut(original));
    boolean cut = !tokens.equals(original);
    boolean title = false;
    boolean personal = false;
    if (tokens.size() > 1 && tokens.get(0).equalsIgnoreCase("the")) {
      tokens.remove(0);
    }
    while (tokens.size() > 1 && ActorWords.HONORIFICS.contains(bare(tokens.get(0)))) {
      tokens.remove(0);
      personal = true;
    }
    while (tokens.size() > 1 && ActorWords.HONORIFICS.contains(bare(tokens.get(tokens.size() - 1)))) {
      tokens.remove(tokens.size() - 1);
      personal = true;
    }
    if (tokens.size() == 1 && ActorWords.HONORIFICS.contains(bare(tokens.get(0)))) {
      // "Mr", "Sen." split off their name by the tagger: a title of nobody in particular.
      tokens.clear();
      cut = true;
    }
    title = personal;
    if ("PER".equals(type) || personal) {
      while (tokens.size() > 1 && TITLE_WORDS.contains(bare(tokens.get(0)))) {
        tokens.remove(0);
        title = true;
      }
    } else if ("ORG".equals(type) && tokens.size() > 1
        && tokens.get(tokens.size() - 1).equalsIgnoreCase("group")) {
      tokens.remove(tokens.size() - 1);
    }
    return new Stripped(String.join(" ", tokens), title, cut, personal);
  }

  /** Whether the surface ends in a possessive 's or ’s ("Trump’s", "Jones'"). */
  public static boolean isPossessive(String surface) {
    return surface != null && POSSESSIVE.matcher(surface.strip()).find();
  }

  /**
   * The name a reader sees in a surface: possessive, a leading "the", titles before the name and
   * honorifics after it removed, while a word remains ("Mr. Trump's" → "Trump", "Obama Mr" → "Obama").
   */
  public static String nameForm(String surface) {
    List<String> tokens = new ArrayList<>(Arrays.asList(clean(surface).split(" ")));
    if (tokens.size() > 1 && tokens.get(0).equalsIgnoreCase("the")) {
      tokens.remove(0);
    }
    while (tokens.size() > 1 && TITLE_WORDS.contains(bare(tokens.get(0)))) {
      tokens.remove(0);
    }
    while (tokens.size() > 1 && ActorWords.HONORIFICS.contains(bare(tokens.get(tokens.size() - 1)))) {
      tokens.remove(tokens.size() - 1);
    }
    return String.join(" ", tokens);
  }

  private static String bare(String token) {
    return token.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /**
   * The match key: diacritics removed, case-folded, apostrophes and dots dropped (so "U.S." = "us"),
   * other punctuation turned into spaces, spaces collapsed. PER keys also drop middle initials and
   * Jr/Sr/II-style suffixes when at least two other tokens remain ("Donald J. Trump" = "donald trump").
   */
  public static String key(String name, String type) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = NOT_LETTER_OR_DIGIT.matcher(DROPPED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
    if ("PER".equals(type)) {
      List<String> tokens = new ArrayList<>(Arrays.asList(s.split(" ")));
      if (tokens.size() >= 3) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
          String t = tokens.get(i);
          boolean middleInitial = i > 0 && i < tokens.size() - 1 && t.length() == 1;
          boolean suffix = i == tokens.size() - 1 && PER_SUFFIXES.contains(t);
          if (!middleInitial && !suffix) {
            kept.add(t);
          }
        }
        if (kept.size() >= 2) {
          tokens = kept;
        }
      }
      s = String.join(" ", tokens);
    }
    return s;
  }

  /** Tokens of the match key, for comparing short forms with full forms. */
  public static List<String> keyTokens(String name, String type) {
    String k = key(name, type);
    return k.isEmpty() ? List.of() : Arrays.asList(k.split(" "));
  }

  /** Actor id: the first 16 hex digits of SHA-256 of {@code type + "|" + key}. */
  public static String actorId(String type, String key) {
    byte[] digest = SHA256.get().digest((type + "|" + key).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** One digest per thread: getInstance looks the algorithm up among the providers on every call. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });


  /** "UN", "SLF", "U.S.": 2–6 capitals, optionally each followed by a dot. */
  public static boolean isAcronym(String name) {
    return ACRONYM.matcher(name).matches();
  }

  /** Letters of an acronym, upper case, dots removed. */
  public static String acronymLetters(String name) {
    return name.replace(".", "").toUpperCase(Locale.ROOT);
  }

  /**
   * The acronym a long form abbreviates: first letters of its capitalised words, skipping
   * "of/the/and/for"; null when the long form has fewer than two such words or a lower-case word
   * that is not skippable (then it is not a name an acronym is made from).
   */
  public static String initials(String longForm) {
    StringBuilder out = new StringBuilder();
    for (String token : WORD_SEPARATORS.split(longForm)) {
      if (token.isEmpty() || ACRONYM_SKIP.contains(token.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int first = token.codePointAt(0);
      if (!Character.isUpperCase(first)) {
        return null;
      }
      out.appendCodePoint(first);
    }
    return out.length() >= 2 ? out.toString().toUpperCase(Locale.ROOT) : null;
  }
}
