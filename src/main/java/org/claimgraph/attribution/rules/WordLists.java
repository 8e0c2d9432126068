package org.claimgraph.attribution.rules;

import java.util.HashSet;
import java.util.Set;
import org.claimgraph.WordListResource;

/**
 * The word lists the rules consult, read from {@code /attribution/words/*.txt} (one word a line,
 * {@code #} comments; each file says what its words are for). A list that is a union of others is
 * composed here, so that each word is written in one file only.
 */
final class WordLists {
  private static final String FOLDER = "/attribution/words/";

  private static final Set<String> WEEKDAYS = read("weekdays");
  private static final Set<String> MONTH_NAMES = read("months");

  static final Set<String> VERB_CHAIN = read("verb-chain");
  static final Set<String> FUNCTION_WORDS = read("function-words");
  static final Set<String> NEVER_NAMES = union(WEEKDAYS, MONTH_NAMES, read("never-names"));
  /** Case-sensitive, unlike every other list: "Sen." but not "sen.". */
  static final Set<String> TITLES = read("titles");
  static final Set<String> NEGATION = read("negation");
  static final Set<String> FIRST_AND_SECOND_PERSON = read("first-second-person");
  static final Set<String> PRONOUNS = union(FIRST_AND_SECOND_PERSON, read("third-person-pronouns"));
  static final Set<String> ORG_HEADS = read("organisation-heads");
  static final Set<String> ORG_WORDS = read("organisation-name-words");
  static final Set<String> TIME_WORDS = union(WEEKDAYS, possessives(WEEKDAYS), read("time-adjuncts"));
  static final Set<String> NOUN_COMPLEMENTS = read("noun-complements");
  static final Set<String> HEARER_VERBS = read("hearer-verbs");
  static final Set<String> INFINITIVE_CUES = read("infinitive-cues");
  static final Set<String> ROLE_HEADS = read("role-heads");
  static final Set<String> PERSON_HEADS = read("person-heads");
  static final Set<String> TIME_HEADS = union(WEEKDAYS, read("time-heads"));
  static final Set<String> TIME_MODIFIERS = union(WEEKDAYS, read("time-modifiers"));
  static final Set<String> MONTHS = union(MONTH_NAMES, read("month-abbreviations"));
  static final Set<String> MEDIUM_NOUNS = read("medium-nouns");
  static final Set<String> NOT_SPEAKERS = read("line-labels");
  static final Set<String> ACT_VERBS = read("act-verbs");
  static final Set<String> OFFERED_THINGS = read("offered-things");
  static final Set<String> NAMING_PARTICIPLES = read("naming-participles");

  private WordLists() {}

  /** "friday’s statement": the curly apostrophe only, as the texts write it. */
  private static Set<String> possessives(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w + "’s");
    }
    return out;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... parts) {
    Set<String> out = new HashSet<>();
    for (Set<String> p : parts) {
      out.addAll(p);
    }
    return Set.copyOf(out);
  }

  private static Set<String> read(String name) {
    return WordListResource.read(FOLDER + name + ".txt", "the attribution word list");
  }
}
