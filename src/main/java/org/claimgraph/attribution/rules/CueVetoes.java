package org.claimgraph.attribution.rules;

import static org.claimgraph.attribution.rules.WordLists.VERB_CHAIN;
import static org.claimgraph.attribution.rules.WordLists.FUNCTION_WORDS;
import static org.claimgraph.attribution.rules.WordLists.NEGATION;
import static org.claimgraph.attribution.rules.WordLists.FIRST_AND_SECOND_PERSON;
import static org.claimgraph.attribution.rules.WordLists.PRONOUNS;
import static org.claimgraph.attribution.rules.WordLists.INFINITIVE_CUES;
import static org.claimgraph.attribution.rules.WordLists.ACT_VERBS;
import static org.claimgraph.attribution.rules.WordLists.OFFERED_THINGS;
import static org.claimgraph.attribution.rules.WordLists.NAMING_PARTICIPLES;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.claimgraph.attribution.Attribution;
import org.claimgraph.attribution.RuleVeto;

/** Why the rules distrust a cue word they found (see {@link RuleVeto}). */
final class CueVetoes {
  private final String text;
  private final WordView view;
  private final List<Word> words;
  private final Quotes quotes;

  CueVetoes(WordView view) {
    this.text = view.text();
    this.view = view;
    this.words = view.words();
    this.quotes = view.quotes();
  }

  /**
   * "I", "we" or "you" as the source inside a quotation the quote finder did not pair up (a straight
   * quote inside another, a paragraph that continues an earlier quote without reopening it): the
   * quoted speaker talking ("… and we believe …"), not a new attribution.
   */
  boolean speakerInsideQuote(Attribution a) {
    if (a.source() == null || !FIRST_AND_SECOND_PERSON.contains(a.source().of(text).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int b = a.cue().begin();
    int open = 0;
    int straight = 0;
    for (int j = b - 1; j >= 0 && text.charAt(j) != '\n'; j--) {
      char c = text.charAt(j);
      open += c == '“' ? 1 : c == '”' ? -1 : 0;
      straight += c == '"' ? 1 : 0;
    }
    return quotes.inQuote(b) || open > 0 || straight % 2 == 1 || closesLater(b);
  }

  /** A closing mark comes before any opening one in the rest of the paragraph: a quote begun earlier. */
  private boolean closesLater(int from) {
    for (int j = from; j < text.length() && text.charAt(j) != '\n'; j++) {
      if (text.charAt(j) == '“') {
        return false;
      }
      if (text.charAt(j) == '”') {
        return true;
      }
    }
    return false;
  }

  /** Why the rules distrust the cue verb at word {@code i}; empty when they trust it. */
  EnumSet<RuleVeto> vetoes(int i) {
    EnumSet<RuleVeto> vetoes = EnumSet.noneOf(RuleVeto.class);
    Word w = words.get(i);
    if (!w.pos().isEmpty() && !w.pos().startsWith("VB")) {
      // the tagger sometimes calls "says"/"said" a noun/adjective after a name; keep those
      boolean speech = w.lower().equals("said") || w.lower().equals("says") || w.lower().equals("told")
          || mistaggedVerb(i) || headlineVerb(i);
      if (!speech || w.pos().equals("JJ") && i > 0 && isDeterminer(words.get(i - 1).lower())) {
        vetoes.add(RuleVeto.NOT_A_VERB);
      }
    }
    if (i > 0 && isDeterminer(words.get(i - 1).lower())) {
      vetoes.add(RuleVeto.AFTER_DETERMINER);
    }
    if (i + 2 < words.size() && words.get(i + 1).lower().equals("not") && words.get(i + 2).lower().equals("to")) {
      vetoes.add(RuleVeto.NOT_TO);
    }
    if (i > 0 && w.seg() == words.get(i - 1).seg()) {
      Word p = words.get(i - 1);
      if (p.lower().equals("to") && (w.pos().equals("VB") || w.pos().isEmpty()) && !INFINITIVE_CUES.contains(w.lower())) {
        vetoes.add(RuleVeto.INFINITIVE);
      }
      if ((w.pos().equals("VBN") || w.pos().equals("VBG")) && (p.pos().equals("POS") || p.pos().equals("PRP$")
          || p.pos().equals("CD") || p.pos().startsWith("JJ")) && i + 1 < words.size()
          && words.get(i + 1).pos().startsWith("NN")) {
        vetoes.add(RuleVeto.PARTICIPLE_ADJECTIVE);
      }
    }
    for (int j = i - 1; j >= 0 && j >= i - 4 && words.get(j).seg() == w.seg(); j--) {
      Word p = words.get(j);
      if (NEGATION.contains(p.lower()) || p.lower().endsWith("n't") || p.lower().endsWith("n’t")) {
        vetoes.add(RuleVeto.NEGATED);
        break;
      }
      if (!VERB_CHAIN.contains(p.lower()) && !p.pos().startsWith("RB")) {
        break;
      }
    }
    if (isQuestion(w.seg())) {
      vetoes.add(RuleVeto.QUESTION);
    }
    if (notSpeech(i)) {
      vetoes.add(RuleVeto.NOT_SPEECH);
    }
    return vetoes;
  }

  /** "The army continued operations", "the US is offering a reward", "known as the butcher". */
  private boolean notSpeech(int i) {
    Word w = words.get(i);
    if (i + 1 >= view.segEnd(w.seg())) {
      return false;
    }
    Word n = words.get(i + 1);
    if (ACT_VERBS.contains(w.lower())) {
      // a name after it is the inverted speaker: "Continued Stone: “…”"
      return n.lower().equals("to") || n.pos().equals("DT") || n.pos().equals("PRP$") || n.pos().equals("NN")
          || n.pos().equals("NNS") || n.pos().startsWith("JJ") || n.pos().equals("CD");
    }
    if (w.lower().startsWith("offer")) {
      for (int j = i + 1; j < view.segEnd(w.seg()) && j <= i + 4; j++) {
        if (OFFERED_THINGS.contains(words.get(j).lower())) {
          return true;
        }
      }
      return false;
    }
    // the name follows: "as …", a quote, or a noun phrase ("nicknamed Mad Dog")
    return NAMING_PARTICIPLES.contains(w.lower()) && w.pos().equals("VBN")
        && (n.lower().equals("as") || n.pos().equals("``") || n.pos().equals("DT") || n.pos().startsWith("NN"));
  }

  /**
   * "McKinley notes that …", "the union wrote.": the tagger calls a cue verb a noun, but a name or
   * pronoun before it and a clause opener or sentence end after it leave only the verb reading.
   */
  private boolean mistaggedVerb(int i) {
    if (i == 0 || i + 1 >= words.size() || words.get(i - 1).seg() != words.get(i).seg()) {
      return false;
    }
    Word p = words.get(i - 1);
    Word n = words.get(i + 1);
    // a capitalised cue word after a name is part of the name: "the Huffington Post", "Drudge Report"
    Word w = words.get(i);
    if (w.capitalised()) {
      return false;
    }
    boolean opener = n.lower().equals("that") || n.pos().equals("``") || n.pos().equals("PRP")
        || n.text().equals(".") || n.text().equals(",") || n.text().equals(":");
    // a third-person form may also take an object: "Trump calls Cruz …", "a Reuters poll shows Trump at …"
    boolean object = n.lower().equals("that") || n.pos().equals("``") || n.pos().equals("PRP")
        || n.pos().startsWith("NNP") || n.pos().equals("DT") || n.pos().equals("CD");
    boolean thirdPerson = w.lower().endsWith("s") && object;
    if (p.pos().startsWith("NNP") || PRONOUNS.contains(p.lower())) {
      return opener || thirdPerson;
    }
    // a common noun as subject ("the survey shows that …") needs the clause or object, and a
    // plural one takes the plain form: "critics say she …", "six in 10 say he …"
    boolean plural = (p.pos().equals("NNS") || p.pos().equals("CD")) && !w.lower().endsWith("s") && object;
    return (p.pos().equals("NN") || p.pos().equals("NNS")) && thirdPerson || plural;
  }

  /**
   * "Carly Fiorina Endorses Ted Cruz", "Trump Slams Clinton": in a title-case line the tagger calls
   * every word a proper noun; a capitalised third-person cue form after the subject is the verb.
   */
  private boolean headlineVerb(int i) {
    Word w = words.get(i);
    if (!w.capitalised() || !w.lower().endsWith("s") || i == view.segStart(w.seg()) || !titleCase(w.seg())) {
      return false;
    }
    Word p = words.get(i - 1);
    return p.capitalised() && !p.isPunct() || PRONOUNS.contains(p.lower());
  }

  /** Most words of the segment start with a capital: a headline. */
  private boolean titleCase(int seg) {
    int words = 0;
    int capitals = 0;
    for (int j = view.segStart(seg); j < view.segEnd(seg); j++) {
      Word w = this.words.get(j);
      if (!w.isPunct() && !FUNCTION_WORDS.contains(w.lower())) {
        words++;
        capitals += w.capitalised() ? 1 : 0;
      }
    }
    return words >= 3 && capitals >= words * 0.8;
  }

  private boolean isDeterminer(String s) {
    return s.equals("the") || s.equals("a") || s.equals("an") || s.equals("this") || s.equals("that");
  }

  /** The sentence is a question when its last character outside quotation marks is '?'. */
  private boolean isQuestion(int seg) {
    for (int k = view.segEnd(seg) - 1; k >= view.segStart(seg); k--) {
      Word w = words.get(k);
      if (w.quoted() || w.pos().equals("''") || w.pos().equals("``")) {
        if (w.pos().equals("''")) {
          continue;
        }
        return false;
      }
      if (w.text().equals("?")) {
        return true;
      }
      if (!w.isPunct()) {
        return false;
      }
    }
    return false;
  }
}
