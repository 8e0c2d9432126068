package org.claimgraph.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.attribution.AttributionDocument.Mention;
import org.claimgraph.attribution.AttributionDocument.Token;

/**
 * Finds attributions (source, cue, content) in one document with rules over tokens, POS tags,
 * quotation marks and entity mentions. Pure Java; one instance is immutable and thread-safe.
 *
 * <p>Conventions follow PolNeAR: a cue is the reporting verb (or "according to", or a colon before
 * a quote); quoted content keeps its quotation marks; reported content starts right after the cue
 * (keeping "that") and stops before the sentence-final punctuation; quotes that directly follow an
 * attribution and have no cue of their own are further content of it. Cues inside quotations are
 * ignored (PolNeAR does not annotate nested attributions).
 */
public final class AttributionExtractor implements Serializable {
  /** Longest span of words a rule looks at around a cue; bounds the work per cue. */
  private static final int WINDOW = 60;
  /** Longest stretch of words treated as one sentence; bounds pathological input. */
  private static final int MAX_SEGMENT_WORDS = 250;
  private static final int MAX_CONTINUATION_QUOTES = 8;

  private static final Set<String> AUX = set("be", "is", "are", "was", "were", "been", "being", "am",
      "has", "have", "had", "having", "do", "does", "did", "will", "would", "could", "can", "may",
      "might", "should", "must", "shall", "also", "later", "earlier", "then", "previously", "already",
      "repeatedly", "often", "once", "again", "publicly", "privately", "recently", "still", "further",
      "just", "even", "first", "now", "flatly", "openly", "reportedly", "frequently", "quickly",
      "directly", "explicitly", "initially", "simply", "specifically", "essentially", "strongly",
      "widely", "similarly", "separately", "subsequently", "ultimately", "correctly", "falsely",
      "clearly", "previously", "long", "always", "never", "not", "n't", "’s", "'s");
  private static final Set<String> FUNCTION_WORDS = set("the", "a", "an", "of", "to", "in", "on", "at",
      "by", "for", "with", "and", "or", "but", "that", "this", "these", "those", "from", "as", "if");
  private static final Set<String> CALENDAR = set("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
      "i", "the", "a", "an", "but", "and", "in", "on", "at", "it", "he", "she", "we", "they", "this");
  private static final Set<String> TITLES = set("Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Mr.", "Mrs.",
      "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "St.", "Prof.", "Rev.", "Gens.", "Capt.", "Adm.", "Maj.",
      "Jr.,", "Sr.,");
  private static final Set<String> PREPOSITIONS = set("on", "in", "at", "during", "after", "before", "by",
      "to", "with", "for", "via", "over", "in", "from");
  private static final Set<String> TIME_NOUNS = set("week", "month", "year", "morning", "afternoon", "evening",
      "weekend", "spring", "summer", "fall", "winter");
  private static final Set<String> NEGATION = set("not", "n't", "n’t", "never", "no");
  private static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");
  private static final Set<String> FIRST_AND_SECOND_PERSON = set("i", "we", "you");
  private static final Set<String> ORG_HEADS = set("group", "ministry", "company", "campaign",
      "department", "agency", "committee", "party", "network", "paper", "newspaper", "organization",
      "organisation", "government", "administration", "firm", "team", "office", "bank", "court",
      "union", "council", "board", "commission", "institute", "foundation", "magazine", "station",
      "channel", "coalition", "alliance", "movement", "senate", "army", "military", "police", "club",
      "parliament", "forces", "federation", "league", "embassy", "ministry", "legislature", "cabinet", "regime");
  private static final Set<String> ORG_WORDS = set("party", "committee", "department", "ministry",
      "post", "times", "news", "inc", "inc.", "corp", "corp.", "association", "council", "campaign",
      "foundation", "institute", "university", "court", "senate", "house", "congress", "agency",
      "bureau", "commission", "network", "cnn", "nbc", "abc", "cbs", "msnbc", "fbi", "cia", "reuters",
      "ap", "journal", "group", "center", "centre", "fund", "pac", "gop", "rnc", "dnc", "politico",
      "breitbart", "fox", "bank", "office", "administration", "union", "organization", "police",
      "club", "company", "poll", "project", "review", "tribune", "herald", "daily", "press");
  private static final Set<String> TIME_WORDS = set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "tonight", "morning", "afternoon",
      "evening", "night", "week", "month", "year", "last", "earlier", "later", "recently", "on",
      "in", "at", "during", "after", "before", "this", "a", "an", "the", "statement", "interview",
      "speech", "email", "letter", "tweet", "post", "conference", "call", "news", "press", "release",
      "rally", "appearance", "remarks", "campaign", "event", "debate", "told", "also", "again",
      "ago", "days", "weeks", "months", "years", "weekend", "then", "once", "repeatedly", ",",
      "when", "late", "early", "past", "friday’s", "monday’s", "tuesday’s", "wednesday’s", "thursday’s",
      "saturday’s", "sunday’s", "that", "by", "phone", "telephone", "written", "televised", "radio",
      "television", "tv", "show", "program", "his", "her", "their", "its", "an", "exclusive",
      "video", "message", "op-ed", "piece", "article", "column", "blog", "facebook", "twitter",
      "instagram", "to", "reporters", "journalists", "the", "of", "with", "for");
  /** Prepositions that introduce a speech noun's content: "attacks on", "criticism of", "calls for". */
  private static final Set<String> NOUN_COMPLEMENTS = set("of", "on", "about", "for", "against", "over",
      "toward", "towards", "to");
  /** Verbs whose object (the hearer) comes before the content: "told reporters that …". */
  private static final Set<String> HEARER_VERBS = set("tell", "ask", "warn", "urge", "remind",
      "assure", "inform", "promise", "caution", "email", "encourage", "implore", "order", "thank");
  /** Infinitives that still report speech: "declined to say", "went on to say", "is expected to announce". */
  private static final Set<String> INFINITIVE_CUES = set("say", "announce", "confirm", "tell", "warn", "claim",
      "argue", "insist", "admit", "deny");
  /** Titles a definite description can refer back with: "the minister" after "Defence Minister Tomas Okafor". */
  private static final Set<String> ROLE_HEADS = set("minister", "president", "judge", "mayor", "chancellor",
      "governor", "senator", "secretary", "chairman", "chairwoman", "coach", "envoy", "ambassador", "general",
      "prosecutor", "commissioner", "premier", "king", "queen", "pope");
  /** Heads of person-like descriptions: "a senior official", "two diplomats", "a UN spokesman". */
  private static final Set<String> PERSON_HEADS = set("official", "officials", "diplomat", "diplomats",
      "spokesman", "spokeswoman", "spokesperson", "source", "sources", "aide", "aides", "adviser", "advisers",
      "advisor", "advisors", "analyst", "analysts", "expert", "experts", "people", "person", "man", "woman",
      "resident", "residents", "witness", "witnesses", "member", "members", "leader", "leaders", "lawmaker",
      "lawmakers", "observer", "observers", "critic", "critics", "supporter", "supporters", "voter", "voters",
      "executive", "executives", "one", "someone", "marchers", "workers", "groups");
  private static final Set<String> TIME_HEADS = set("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "week", "month", "year", "morning",
      "afternoon", "evening", "night", "weekend", "recently", "later");
  private static final Set<String> TIME_MODIFIERS = set("on", "last", "this", "next", "early", "late", "earlier",
      "later", "in", "at", "during", "that", "the", "past", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
      "dec.");
  private static final Set<String> MEDIUM_NOUNS = set("statement", "interview", "speech", "tweet", "twitter",
      "facebook", "email", "letter", "release", "conference", "post", "video", "radio", "television");
  /** Line labels that are not speakers: "UPDATE:", "Related:", "Editor's note:". */
  private static final Set<String> NOT_SPEAKERS = set("update", "updated", "related", "note", "watch", "read",
      "more", "photo", "photos", "video", "source", "sources", "credit", "abstract", "correction", "editor",
      "editor's", "editor’s", "see", "also", "contact", "email", "follow", "subscribe", "tags", "topics", "by",
      "advertisement", "listen", "breaking", "exclusive", "analysis", "opinion", "live", "latest", "the", "a");
  private static final String OPEN_QUOTES = "“\"«‘";
  private static final String CLOSE_QUOTES = "”\"»’";

  private final CueLexicon lexicon;

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  public AttributionExtractor(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static AttributionExtractor standard() {
    return new AttributionExtractor(CueLexicon.bundled());
  }

  // ---------------------------------------------------------------------------------------------
  // Internal word view: Spark NLP tokens keep curly quotes and "’s" attached ("“absolutely"),
  // so each token is split into quote marks, the word and a possessive/negation clitic.

  private record W(int begin, int end, String text, String lower, String pos, int seg, boolean quoted) {
    boolean isPunct() {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    boolean isVerb() {
      return pos.startsWith("VB") || pos.equals("MD");
    }

    boolean isNounish() {
      if (pos.isEmpty()) { // no tagger: any word that is not a function word may end a noun phrase
        return !isPunct() && !AUX.contains(lower) && !FUNCTION_WORDS.contains(lower);
      }
      return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
    }

    boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
  }

  private record Quote(int begin, int end, boolean closed, int prev) {
    Span span() {
      return new Span(begin, end);
    }
  }

  /** All per-document state of one extraction run. */
  private final class Run {
    final String text;
    final List<W> words = new ArrayList<>();
    final List<int[]> segs = new ArrayList<>(); // [begin, end, firstWord, endWord)
    final List<Quote> quotes = new ArrayList<>();
    final boolean[] inQuote;
    final int[] quoteAt; // index of the quote covering a char, or -1
    final List<Mention> mentions;
    final int[] segOfSentence;

    Run(AttributionDocument doc) {
      this.text = doc.text();
      int n = text.length();
      inQuote = new boolean[n + 1];
      quoteAt = new int[n + 1];
      java.util.Arrays.fill(quoteAt, -1);
      findQuotes();
      buildWords(doc);
      segOfSentence = null;
      mentions = doc.entities().isEmpty() ? fallbackMentions() : sorted(doc.entities());
    }

    // ----- quotes ------------------------------------------------------------------------------
    void findQuotes() {
      int n = text.length();
      int paraStart = 0;
      int prevOpenQuote = -1;
      while (paraStart <= n) {
        int paraEnd = text.indexOf('\n', paraStart);
        if (paraEnd < 0) {
          paraEnd = n;
        }
        int open = -1;
        char openChar = 0;
        for (int i = paraStart; i < paraEnd; i++) {
          char c = text.charAt(i);
          boolean dbl = c == '\'' && i + 1 < paraEnd && text.charAt(i + 1) == '\'';
          if (open < 0) {
            if (c == '“' || c == '«' || (c == '"' && opensHere(i)) || (dbl && opensHere(i))
                || (c == '”' && opensHere(i) && i + 1 < paraEnd && Character.isLetter(text.charAt(i + 1)))) {
              open = i;
              openChar = dbl ? 'd' : c;
              if (dbl) {
                i++;
              }
            }
          } else {
            boolean closes = switch (openChar) {
              case '“', '”' -> c == '”' || (c == '"');
              case '«' -> c == '»';
              case '"' -> c == '"' || c == '”';
              case 'd' -> dbl;
              default -> false;
            };
            if (closes) {
              int end = dbl ? i + 2 : i + 1;
              addQuote(open, end, true, prevOpenQuote >= 0 && opensParagraph(open) ? prevOpenQuote : -1);
              prevOpenQuote = -1;
              open = -1;
              if (dbl) {
                i++;
              }
            }
          }
        }
        if (open >= 0) {
          int end = paraEnd;
          while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          int link = prevOpenQuote >= 0 && opensParagraph(open) ? prevOpenQuote : -1;
          addQuote(open, end, false, link);
          prevOpenQuote = quotes.size() - 1;
        } else if (paraEnd > paraStart && !text.substring(paraStart, paraEnd).isBlank()) {
          prevOpenQuote = -1;
        }
        paraStart = paraEnd + 1;
      }
    }

    boolean opensHere(int i) {
      return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    boolean opensParagraph(int i) {
      int j = i - 1;
      while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
        j--;
      }
      return j < 0 || text.charAt(j) == '\n';
    }

    void addQuote(int begin, int end, boolean closed, int prev) {
      if (end - begin < 2) {
        return;
      }
      quotes.add(new Quote(begin, end, closed, prev));
      int qi = quotes.size() - 1;
      for (int i = begin; i < end; i++) {
        inQuote[i] = i > begin && (closed ? i < end - 1 : true);
        quoteAt[i] = qi;
      }
    }

    // ----- words and segments ----------------------------------------------------------------
    void buildWords(AttributionDocument doc) {
      int lastSent = -1;
      int segBegin = -1;
      for (Token t : doc.tokens()) {
        int b = t.begin();
        int e = Math.min(t.end(), text.length());
        // new segment at a new sentence or after a line break
        boolean newSeg = (t.sentence() != lastSent && !afterTitle() && !continuesSentence(t)) || segBegin < 0
            || text.substring(words.isEmpty() ? b : words.get(words.size() - 1).end, b).indexOf('\n') >= 0
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
    boolean afterTitle() {
      int n = words.size();
      if (n == 0) {
        return false;
      }
      W last = words.get(n - 1);
      String w = last.text;
      if (w.equals(".") && n >= 2 && words.get(n - 2).end == last.begin) {
        w = words.get(n - 2).text + ".";
      }
      return TITLES.contains(w) || w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /**
     * The sentence detector also splits after abbreviations it does not know ("R-Ky.", "(D-Wis.)"):
     * a "sentence" that opens with a lower-case word or with ",", ")" or ";" goes on the previous one.
     */
    boolean continuesSentence(Token t) {
      if (words.isEmpty() || t.text().isEmpty()) {
        return false;
      }
      char c = t.text().charAt(0);
      return Character.isLowerCase(c) || c == ',' || c == ')' || c == ';';
    }

    void closeSegment() {
      if (!segs.isEmpty()) {
        int[] s = segs.get(segs.size() - 1);
        s[3] = words.size();
        s[1] = words.isEmpty() || s[3] == s[2] ? s[0] : words.get(words.size() - 1).end;
      }
    }

    void split(int b, int e, String pos) {
      int seg = segs.size() - 1;
      while (b < e && isQuoteChar(text.charAt(b))) {
        int w = b + (b + 1 < e && text.charAt(b) == '\'' && text.charAt(b + 1) == '\'' ? 2 : 1);
        add(b, w, "``", seg);
        b = w;
      }
      List<int[]> tail = new ArrayList<>();
      while (e > b && isQuoteChar(text.charAt(e - 1))) {
        // keep the apostrophe of a plural possessive ("voters’") with the word
        if ((text.charAt(e - 1) == '’' || text.charAt(e - 1) == '\'') && e - 1 > b
            && text.charAt(e - 2) == 's' && !quoteOpenBefore(e - 1)) {
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

    boolean quoteOpenBefore(int i) {
      return quoteAt[i] >= 0 && quotes.get(quoteAt[i]).end == i + 1 && quotes.get(quoteAt[i]).closed;
    }

    void add(int b, int e, String pos, int seg) {
      String s = text.substring(b, e);
      words.add(new W(b, e, s, s.toLowerCase(Locale.ROOT), pos, seg, inQuote[b]));
    }

    boolean isQuoteChar(char c) {
      return OPEN_QUOTES.indexOf(c) >= 0 || CLOSE_QUOTES.indexOf(c) >= 0 || c == '\'';
    }

    // ----- mentions --------------------------------------------------------------------------
    List<Mention> sorted(List<Mention> m) {
      List<Mention> out = new ArrayList<>(m);
      out.sort(Comparator.comparingInt(Mention::begin));
      return out;
    }

    /** Without NER: maximal runs of capitalised proper nouns; ORG when a word says so, else PER. */
    List<Mention> fallbackMentions() {
      List<Mention> out = new ArrayList<>();
      int i = 0;
      while (i < words.size()) {
        W w = words.get(i);
        if (isName(w, i)) {
          int j = i;
          boolean org = false;
          while (j < words.size() && words.get(j).seg == w.seg
              && (isName(words.get(j), j) || (j > i && words.get(j).lower.equals("of")
                  && j + 1 < words.size() && isName(words.get(j + 1), j + 1)))) {
            org |= ORG_WORDS.contains(words.get(j).lower);
            j++;
          }
          int b = w.begin;
          int e = words.get(j - 1).end;
          boolean allCaps = words.get(j - 1).text.length() > 1
              && words.get(j - 1).text.equals(words.get(j - 1).text.toUpperCase(Locale.ROOT));
          out.add(new Mention(b, e, text.substring(b, e), org || (allCaps && j - i == 1) ? "ORG" : "PER"));
          i = j;
        } else {
          i++;
        }
      }
      return out;
    }

    boolean isName(W w, int idx) {
      if (!w.capitalised() || w.quoted || w.isPunct() || CALENDAR.contains(w.lower)) {
        return false;
      }
      if (w.pos.startsWith("NNP")) {
        return true;
      }
      // sentence-initial capitals are weak evidence; elsewhere a capitalised noun is a name
      boolean segStart = idx == segs.get(w.seg)[2];
      return !segStart && (w.pos.isEmpty() || w.pos.startsWith("NN"));
    }

    /** Index of the first mention beginning at or after {@code pos} (mentions are sorted by begin). */
    int firstMentionFrom(int pos) {
      int lo = 0;
      int hi = mentions.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (mentions.get(mid).begin() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** How far back (in mentions) resolution looks; keeps long documents linear. */
    static final int LOOKBACK = 500;

    Mention mentionOverlapping(Span s) {
      Mention best = null;
      for (int i = Math.max(0, firstMentionFrom(s.begin()) - 8); i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        if (m.begin() >= s.end()) {
          break;
        }
        if (m.end() > s.begin() && (best == null || m.end() - m.begin() > best.end() - best.begin())) {
          best = m;
        }
      }
      return best;
    }

    // ----- extraction ------------------------------------------------------------------------
    Span lastSource;
    int lastSourceSeg = -1;

    /**
     * Every attribution the rules find, in text order. With {@code keepVetoed} the ones a rule
     * distrusts are kept with their vetoes (for a scorer to judge); without, they are dropped.
     */
    List<Candidate> extract(boolean keepVetoed) {
      List<Candidate> out = new ArrayList<>();
      boolean[] usedQuote = new boolean[quotes.size()];
      for (int i = 0; i < words.size(); i++) {
        W w = words.get(i);
        if (w.quoted) {
          continue;
        }
        Attribution a = null;
        EnumSet<RuleVeto> vetoes = EnumSet.noneOf(RuleVeto.class);
        if (w.lower.equals("according") && i + 1 < words.size() && words.get(i + 1).lower.equals("to")) {
          a = accordingTo(i, usedQuote);
        } else if (w.text.equals(":")) {
          a = colonCue(i, usedQuote);
        } else if (w.text.equals("―") || w.text.equals("—")) {
          a = dashSignature(i, usedQuote);
        } else {
          CueLexicon.Entry verb = lexicon.lookup(w.lower);
          CueLexicon.Entry noun = w.pos.startsWith("NN") ? lexicon.lookupNoun(w.lower) : null;
          EnumSet<RuleVeto> verbVetoes = verb == null ? null : vetoes(i);
          if (verb != null && verbVetoes.isEmpty()) {
            a = verbCue(i, verb, usedQuote);
          } else if (noun != null) {
            a = nounCue(i, noun);
          }
          // an absolute veto is not worth building: it would only use up quotes a later cue may own
          if (a == null && verb != null && !verbVetoes.isEmpty() && keepVetoed
              && verbVetoes.stream().noneMatch(RuleVeto::absolute)) {
            a = verbCue(i, verb, usedQuote);
            vetoes = verbVetoes;
          }
        }
        if (a != null && vetoes.contains(RuleVeto.NEGATED)) {
          a = a.asNegated();
        }
        if (a != null && speakerInsideQuote(a)) {
          vetoes.add(RuleVeto.SPEAKER_INSIDE_QUOTE);
        }
        if (a != null && (vetoes.isEmpty() || keepVetoed && vetoes.stream().noneMatch(RuleVeto::absolute))) {
          out.add(new Candidate(a, vetoes));
          if (a.source() != null) {
            lastSource = a.source();
            lastSourceSeg = w.seg;
          }
        }
      }
      return out;
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
      return inQuote[b] || open > 0 || straight % 2 == 1 || closesLater(b);
    }

    /** A closing mark comes before any opening one in the rest of the paragraph: a quote begun earlier. */
    boolean closesLater(int from) {
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
      W w = words.get(i);
      if (!w.pos.isEmpty() && !w.pos.startsWith("VB")) {
        // the tagger sometimes calls "says"/"said" a noun/adjective after a name; keep those
        boolean speech = w.lower.equals("said") || w.lower.equals("says") || w.lower.equals("told")
            || mistaggedVerb(i) || headlineVerb(i);
        if (!speech || w.pos.equals("JJ") && i > 0 && isDeterminer(words.get(i - 1).lower)) {
          vetoes.add(RuleVeto.NOT_A_VERB);
        }
      }
      if (i > 0 && isDeterminer(words.get(i - 1).lower)) {
        vetoes.add(RuleVeto.AFTER_DETERMINER);
      }
      if (i + 2 < words.size() && words.get(i + 1).lower.equals("not") && words.get(i + 2).lower.equals("to")) {
        vetoes.add(RuleVeto.NOT_TO);
      }
      if (i > 0 && w.seg == words.get(i - 1).seg) {
        W p = words.get(i - 1);
        if (p.lower.equals("to") && (w.pos.equals("VB") || w.pos.isEmpty()) && !INFINITIVE_CUES.contains(w.lower)) {
          vetoes.add(RuleVeto.INFINITIVE);
        }
        if ((w.pos.equals("VBN") || w.pos.equals("VBG")) && (p.pos.equals("POS") || p.pos.equals("PRP$")
            || p.pos.equals("CD") || p.pos.startsWith("JJ")) && i + 1 < words.size()
            && words.get(i + 1).pos.startsWith("NN")) {
          vetoes.add(RuleVeto.PARTICIPLE_ADJECTIVE);
        }
      }
      for (int j = i - 1; j >= 0 && j >= i - 4 && words.get(j).seg == w.seg; j--) {
        W p = words.get(j);
        if (NEGATION.contains(p.lower) || p.lower.endsWith("n't") || p.lower.endsWith("n’t")) {
          vetoes.add(RuleVeto.NEGATED);
          break;
        }
        if (!AUX.contains(p.lower) && !p.pos.startsWith("RB")) {
          break;
        }
      }
      if (isQuestion(w.seg)) {
        vetoes.add(RuleVeto.QUESTION);
      }
      return vetoes;
    }

    /**
     * "McKinley notes that …", "the union wrote.": the tagger calls a cue verb a noun, but a name or
     * pronoun before it and a clause opener or sentence end after it leave only the verb reading.
     */
    boolean mistaggedVerb(int i) {
      if (i == 0 || i + 1 >= words.size() || words.get(i - 1).seg != words.get(i).seg) {
        return false;
      }
      W p = words.get(i - 1);
      W n = words.get(i + 1);
      // a capitalised cue word after a name is part of the name: "the Huffington Post", "Drudge Report"
      W w = words.get(i);
      if (w.capitalised()) {
        return false;
      }
      boolean opener = n.lower.equals("that") || n.pos.equals("``") || n.pos.equals("PRP")
          || n.text.equals(".") || n.text.equals(",") || n.text.equals(":");
      // a third-person form may also take an object: "Trump calls Cruz …", "a Reuters poll shows Trump at …"
      boolean object = n.lower.equals("that") || n.pos.equals("``") || n.pos.equals("PRP")
          || n.pos.startsWith("NNP") || n.pos.equals("DT") || n.pos.equals("CD");
      boolean thirdPerson = w.lower.endsWith("s") && object;
      if (p.pos.startsWith("NNP") || PRONOUNS.contains(p.lower)) {
        return opener || thirdPerson;
      }
      // a common noun as subject ("the survey shows that …") needs the clause or object, and a
      // plural one takes the plain form: "critics say she …", "six in 10 say he …"
      boolean plural = (p.pos.equals("NNS") || p.pos.equals("CD")) && !w.lower.endsWith("s") && object;
      return (p.pos.equals("NN") || p.pos.equals("NNS")) && thirdPerson || plural;
    }

    /**
     * "Carly Fiorina Endorses Ted Cruz", "Trump Slams Clinton": in a title-case line the tagger calls
     * every word a proper noun; a capitalised third-person cue form after the subject is the verb.
     */
    boolean headlineVerb(int i) {
      W w = words.get(i);
      if (!w.capitalised() || !w.lower.endsWith("s") || i == segStart(w.seg) || !titleCase(w.seg)) {
        return false;
      }
      W p = words.get(i - 1);
      return p.capitalised() && !p.isPunct() || PRONOUNS.contains(p.lower);
    }

    /** Most words of the segment start with a capital: a headline. */
    boolean titleCase(int seg) {
      int words = 0;
      int capitals = 0;
      for (int j = segStart(seg); j < segEnd(seg); j++) {
        W w = this.words.get(j);
        if (!w.isPunct() && !FUNCTION_WORDS.contains(w.lower)) {
          words++;
          capitals += w.capitalised() ? 1 : 0;
        }
      }
      return words >= 3 && capitals >= words * 0.8;
    }

    boolean isDeterminer(String s) {
      return s.equals("the") || s.equals("a") || s.equals("an") || s.equals("this") || s.equals("that");
    }

    /** The sentence is a question when its last character outside quotation marks is '?'. */
    boolean isQuestion(int seg) {
      int[] s = segs.get(seg);
      for (int k = s[3] - 1; k >= s[2]; k--) {
        W w = words.get(k);
        if (w.quoted || w.pos.equals("''") || w.pos.equals("``")) {
          if (w.pos.equals("''")) {
            continue;
          }
          return false;
        }
        if (w.text.equals("?")) {
          return true;
        }
        if (!w.isPunct()) {
          return false;
        }
      }
      return false;
    }

    int segStart(int seg) {
      return segs.get(seg)[2];
    }

    int segEnd(int seg) {
      return segs.get(seg)[3];
    }

    Attribution verbCue(int i, CueLexicon.Entry e, boolean[] usedQuote) {
      W cue = words.get(i);
      int seg = cue.seg;
      // auxiliary chain before the cue: "has also said", "was quoted as saying"
      int a = i - 1;
      while (a >= segStart(seg) && a >= i - 6 && (AUX.contains(words.get(a).lower)
          || (words.get(a).pos.startsWith("RB") && !words.get(a).isPunct()))) {
        a--;
      }
      boolean passive = a < i - 1 && isBeForm(words.get(i - 1).lower) && cue.pos.equals("VBN")
          || (a < i - 1 && cue.pos.equals("VBN") && hasBe(a + 1, i));
      boolean participle = cue.pos.equals("VBG") && a >= segStart(seg) && words.get(a).text.equals(",");
      Span cueSpan = new Span(cue.begin, cue.end);

      // source before the cue (normal order)
      Span source = null;
      int sourceStartWord = -1;
      // "The group on Monday claimed", "Trump in a statement said": skip the adjunct before the cue
      a = skipAdjunctsLeft(a, seg);
      int sourceEnd = a;
      a = beforeParenthesis(a, seg);
      if (!participle && !passive && a >= segStart(seg)) {
        int s = npLeft(a, seg);
        if (s < 0) {
          s = relativeClauseLeft(a, seg);
        }
        if (s >= 0) {
          source = new Span(words.get(s).begin, words.get(sourceEnd).end);
          sourceStartWord = s;
        } else if (a >= segStart(seg) && (words.get(a).lower.equals("but") || words.get(a).lower.equals("and"))
            && lastSourceSeg == seg) {
          source = lastSource; // "Hale admitted … but insisted …": the shared subject
        }
      }
      if (participle) {
        source = subjectOfSegment(seg, i);
        if (source == null && lastSourceSeg == seg) {
          source = lastSource;
        }
      }
      // after the cue: inverted source ("said Jackson"), hearer ("told reporters"), adjuncts
      int k = i + 1;
      Span inverted = null;
      if (source == null && !participle && k < segEnd(seg) && !passive) {
        int[] np = npRight(k, seg);
        boolean pronoun = np != null && np[0] == np[1] && words.get(np[0]).pos.equals("PRP");
        boolean clauseFollows = np != null && np[1] + 1 < segEnd(seg) && words.get(np[1] + 1).isVerb()
            && !words.get(np[1] + 1).pos.equals("VBN") && !words.get(np[1] + 1).pos.equals("VBG");
        if (np != null && !clauseFollows && (!pronoun || np[1] + 1 >= segEnd(seg) || words.get(np[1] + 1).isPunct())) {
          inverted = new Span(words.get(np[0]).begin, words.get(np[1]).end);
          k = np[1] + 1;
        }
      }
      if (passive) {
        int by = k;
        while (by < segEnd(seg) && by < k + 4 && !words.get(by).lower.equals("by")) {
          by++;
        }
        if (by < segEnd(seg) && words.get(by).lower.equals("by")) {
          int[] np = npRight(by + 1, seg);
          if (np != null) {
            source = new Span(words.get(np[0]).begin, words.get(np[1]).end);
            k = np[1] + 1;
          }
        }
      }
      if (inverted != null) {
        source = inverted;
      }
      if (HEARER_VERBS.contains(e.lemma()) && k < segEnd(seg) && inverted == null) {
        int[] obj = npRight(k, seg);
        if (obj != null && !words.get(obj[0]).lower.equals("that")) {
          k = obj[1] + 1;
        }
      }
      int afterAdjuncts = skipAdjuncts(k, seg);

      // direct content: a quote right before the cue clause and/or right after it
      int clauseBegin = Math.min(cue.begin, source != null ? source.begin() : cue.begin);
      int clauseEnd = Math.max(cue.end, source != null ? source.end() : cue.end);
      List<Span> content = new ArrayList<>();
      int left = quoteEndingBefore(clauseBegin);
      int right = quoteStartingAfter(afterAdjuncts, seg, i);
      if (left >= 0 && !usedQuote[left] && (inverted != null || source == null || endsSegmentAfter(afterAdjuncts, seg)
          || right >= 0 || endsWithComma(quotes.get(left), clauseBegin))) {
        addQuoteChain(left, content, usedQuote);
      } else {
        left = -1;
      }
      if (right >= 0 && !usedQuote[right]) {
        usedQuote[right] = true;
        content.add(quotes.get(right).span());
        addFollowing(right, content, usedQuote);
      } else if (left >= 0) {
        addFollowingAfterSegment(seg, content, usedQuote);
      }
      if (content.isEmpty() && source != null && endsSegmentAfter(afterAdjuncts, seg)) {
        // "Dianne Bystrom agreed. “Mainstream Republicans are …”": the quote after the sentence
        addFollowingAfterSegment(seg, content, usedQuote);
      }
      Form form;
      if (!content.isEmpty()) {
        form = Form.DIRECT;
      } else {
        Span c = reportedContent(afterAdjuncts, seg, clauseBegin, source != null && inverted == null);
        if (c == null) {
          return null;
        }
        content.add(c);
        form = quotedShare(c);
      }
      return build(seg, source, cueSpan, e.lemma(), e.cueClass(), content, form);
    }

    /**
     * "Trump's attacks on Clinton", "his criticism of the plan", "their claim that …": a speech noun
     * owned by its source, with the content in its complement. Without an owner the noun is too often
     * just a topic ("the attacks on Paris").
     */
    Attribution nounCue(int i, CueLexicon.Entry e) {
      W cue = words.get(i);
      int seg = cue.seg;
      int m = i - 1;
      while (m >= segStart(seg) && m >= i - 3 && (words.get(m).pos.startsWith("JJ") || words.get(m).pos.equals("RB"))) {
        m--; // "his continual attacks", "Trump's strikingly personal attacks"
      }
      if (m < segStart(seg) || i + 1 >= segEnd(seg)) {
        return null;
      }
      W owner = words.get(m);
      if (m - 1 >= segStart(seg) && words.get(m - 1).isVerb()) {
        return null; // "reiterated his belief that": the verb is the cue, the noun part of it
      }
      Span source;
      if (owner.pos.equals("PRP$")) {
        source = new Span(owner.begin, owner.end);
      } else if (owner.pos.equals("POS") && m - 1 >= segStart(seg)) {
        int s = npLeft(m - 1, seg);
        if (s < 0) {
          return null;
        }
        source = new Span(words.get(s).begin, words.get(m - 1).end);
      } else {
        return null;
      }
      int k = i + 1;
      Span content;
      if (words.get(k).lower.equals("that")) {
        content = reportedContent(k, seg, cue.begin, true);
        if (content != null && content.begin() < words.get(k).begin) {
          return null; // no clause after "that": the fallback went to the words before the cue
        }
      } else if (NOUN_COMPLEMENTS.contains(words.get(k).lower)) {
        content = complementPhrase(k + 1, seg);
      } else {
        return null;
      }
      if (content == null) {
        return null;
      }
      List<Span> c = new ArrayList<>();
      c.add(content);
      return build(seg, source, new Span(cue.begin, cue.end), e.lemma(), e.cueClass(), c, quotedShare(content));
    }

    /** The noun phrase after a speech noun's preposition: up to a clause boundary, at most 15 words. */
    Span complementPhrase(int k, int seg) {
      int last = -1;
      for (int j = k; j < segEnd(seg) && j < k + 15; j++) {
        W w = words.get(j);
        boolean boundary = !w.quoted && (w.text.equals(",") || w.text.equals(";") || w.text.equals(":")
            || w.text.equals(".") || w.text.equals("—") || w.text.equals("(") || w.pos.equals("VBD")
            || w.pos.equals("VBZ") || w.pos.equals("VBP") || w.pos.equals("MD") || w.pos.equals("WDT")
            || w.pos.equals("WP") || w.lower.equals("that") || w.lower.equals("because"));
        if (boundary) {
          break;
        }
        if (!w.isPunct() || w.pos.equals("''")) {
          last = j;
        }
      }
      return last < k ? null : new Span(words.get(k).begin, words.get(last).end);
    }

    /** “…,” / “…?” / “…” , — a quote that runs on into its cue clause. */
    boolean endsWithComma(Quote q, int clauseBegin) {
      String tail = text.substring(Math.max(q.begin, q.end - 3), clauseBegin);
      return tail.indexOf(',') >= 0 || tail.indexOf('?') >= 0 || tail.indexOf('!') >= 0 || tail.indexOf('—') >= 0;
    }

    boolean isBeForm(String s) {
      return s.equals("is") || s.equals("are") || s.equals("was") || s.equals("were") || s.equals("been")
          || s.equals("be") || s.equals("being");
    }

    boolean hasBe(int from, int to) {
      for (int j = from; j < to; j++) {
        if (isBeForm(words.get(j).lower)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The last word before a temporal or manner adjunct that ends at {@code a} ("on Monday", "last
     * week", "earlier", "in a statement"), or {@code a} itself when there is none.
     */
    int skipAdjunctsLeft(int a, int seg) {
      int s = segStart(seg);
      int j = a;
      if (j >= s && (TIME_HEADS.contains(words.get(j).lower) || words.get(j).pos.equals("CD")
          && j - 1 >= s && MONTHS.contains(words.get(j - 1).lower))) {
        int t = j;
        while (t >= s && t > a - 5 && (TIME_HEADS.contains(words.get(t).lower) || TIME_MODIFIERS.contains(words.get(t).lower)
            || words.get(t).pos.equals("CD") || MONTHS.contains(words.get(t).lower))) {
          t--;
        }
        // a bare weekday at the start is the subject's own noun phrase only when nothing precedes it
        if (t >= s && t < j && (words.get(t).isNounish() || words.get(t).text.equals(",") || AUX.contains(words.get(t).lower))) {
          j = t;
        }
      } else if (j - 2 >= s && MEDIUM_NOUNS.contains(words.get(j).lower)) {
        for (int t = j - 1; t >= s && t >= j - 3; t--) {
          String l = words.get(t).lower;
          if (l.equals("in") || l.equals("on") || l.equals("via") || l.equals("during")) {
            if (t - 1 >= s && words.get(t - 1).isNounish()) {
              j = t - 1;
            }
            break;
          }
        }
      }
      while (j > s && words.get(j).text.equals(",") && j < a) {
        j--;
      }
      return j;
    }

    /** "Rep. Gwen Moore (D-Wis.) said": the word before a short parenthesis ending at {@code a}, else {@code a}. */
    int beforeParenthesis(int a, int seg) {
      if (a < segStart(seg) || !words.get(a).text.equals(")")) {
        return a;
      }
      for (int j = a - 1; j > segStart(seg) && j >= a - 6; j--) {
        if (words.get(j).text.equals("(")) {
          return j - 1;
        }
      }
      return a;
    }

    /** "Two diplomats who asked not to be named said": the noun phrase with its relative clause. */
    int relativeClauseLeft(int a, int seg) {
      int s = segStart(seg);
      for (int r = a - 1; r > s && r >= a - 10; r--) {
        W w = words.get(r);
        if (w.quoted || w.text.equals(",") || w.text.equals(";") || w.pos.equals("``") || w.pos.equals("''")) {
          return -1;
        }
        if (w.lower.equals("who") || w.lower.equals("whom")) {
          return npLeft(r - 1, seg);
        }
      }
      return -1;
    }

    /** Start word of the noun phrase ending at {@code end}, or -1. Includes appositions and "of/close to" tails. */
    int npLeft(int end, int seg) {
      int lo = Math.max(segStart(seg), end - 20);
      W last = words.get(end);
      boolean named = !last.quoted && last.capitalised() && mentionOverlapping(new Span(last.begin, last.end)) != null;
      // a name the tagger calls a verb ("Mr. Sperling/VBG said") is still a noun phrase when NER found it
      if (!named && (!nounPhraseWord(last) || !(last.isNounish() || last.pos.equals("POS")))) {
        if (last.text.equals(",")) {
          return appositionLeft(end, seg);
        }
        return -1;
      }
      int s = end;
      while (s - 1 >= lo) {
        W p = words.get(s - 1);
        if (nounPhraseWord(p)) {
          s--;
        } else if (p.text.equals(".") && s - 2 >= lo && words.get(s - 2).end == p.begin
            && TITLES.contains(words.get(s - 2).text + ".")) {
          s -= 2; // "Rep. Darrell Issa", "Lt. Gov. Dan Patrick"
        } else if (p.lower.equals("to") && s - 3 >= lo && words.get(s - 2).lower.equals("close")
            && nounPhraseWord(words.get(s - 3))) {
          s -= 3; // "sources close to the talks"
        } else if ((p.lower.equals("of") || p.lower.equals("close") || p.lower.equals("to")
            || p.lower.equals("for") || p.lower.equals("with") || p.lower.equals("from")
            || p.lower.equals("at") || p.lower.equals("and") || p.lower.equals("in"))
            && s - 2 >= lo && nounPhraseWord(words.get(s - 2))) {
          s -= 2;
        } else {
          break;
        }
      }
      // a pronoun only stands alone
      if (words.get(end).pos.equals("PRP") && s < end) {
        s = end;
      }
      while (s < end && (words.get(s).lower.equals("and") || words.get(s).lower.equals("of")
          || words.get(s).pos.equals("IN"))) {
        s++;
      }
      return s;
    }

    /** "Jackson, the superdelegate from Maine, said": the name plus its apposition. */
    int appositionLeft(int comma, int seg) {
      int lo = Math.max(segStart(seg), comma - 16);
      for (int j = comma - 1; j > lo; j--) {
        W p = words.get(j);
        if (p.text.equals(",")) {
          int s = npLeft(j - 1, seg);
          return s >= 0 && words.get(j - 1).pos.startsWith("NNP") ? s : -1;
        }
        if (p.isVerb() && !p.pos.equals("VBN") && !p.pos.equals("VBG") || p.quoted) {
          return -1;
        }
      }
      return -1;
    }

    boolean nounPhraseWord(W w) {
      if (w.quoted || w.isPunct() && !w.text.equals("-") && !w.text.equals("’s")) {
        return false;
      }
      String p = w.pos;
      return p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$")
          || p.equals("POS") || p.equals("CD") || p.equals("PRP") || p.equals("PDT")
          || (p.isEmpty() && !AUX.contains(w.lower)) || w.lower.equals("’s") || w.lower.equals("'s");
    }

    /** [first, last] word of a source noun phrase right after an inverted cue, or null. */
    int[] npRight(int k, int seg) {
      int end = segEnd(seg);
      if (k >= end) {
        return null;
      }
      W f = words.get(k);
      if (f.quoted || !(f.pos.startsWith("NN") || f.pos.equals("DT") || f.pos.equals("PRP")
          || f.pos.startsWith("JJ") || f.pos.equals("PRP$") || f.pos.equals("CD") || f.pos.isEmpty())
          || TIME_WORDS.contains(f.lower) && !f.pos.equals("PRP") && !f.pos.startsWith("NNP")
          && !f.lower.equals("the") && !f.lower.equals("a") && !f.lower.equals("an")
          || f.lower.equals("that") || f.lower.equals("this")) {
        return null;
      }
      if (f.pos.equals("PRP")) {
        return PRONOUNS.contains(f.lower) || f.lower.equals("reporters") ? new int[] {k, k} : null;
      }
      int j = k;
      int hi = Math.min(end, k + 25);
      int last = -1;
      while (j < hi) {
        W w = words.get(j);
        if (w.quoted || w.pos.equals("``")) {
          break;
        }
        if (w.isVerb() && !w.pos.equals("VBN") && !w.pos.equals("VBG") || w.lower.equals("that")
            || w.text.equals(";") || w.text.equals(":") || w.text.equals(".") || w.text.equals("?")
            || w.text.equals("!")) {
          break;
        }
        if (TIME_WORDS.contains(w.lower) && (w.lower.equals("on") || w.lower.equals("in")
            || w.lower.equals("at") || w.lower.equals("during") || w.lower.equals("after")
            || w.lower.equals("before") || w.lower.equals("to") || w.lower.equals("when")
            || (w.pos.startsWith("NNP") && TIME_WORDS.contains(w.lower)))) {
          break;
        }
        if (w.text.equals(",")) {
          // an apposition continues the source ("Jackson, the superdelegate from Maine")
          if (j + 1 < hi && (words.get(j + 1).pos.equals("DT") || words.get(j + 1).pos.equals("PRP$")
              || words.get(j + 1).pos.startsWith("NN") || words.get(j + 1).pos.startsWith("JJ"))
              && !TIME_WORDS.contains(words.get(j + 1).lower) && !words.get(j + 1).quoted
              && !words.get(j + 1).lower.equals("who") && apposUntilEnd(j + 1, hi)) {
            j++;
            continue;
          }
          break;
        }
        if (!w.isPunct() || w.text.equals("-")) {
          last = j;
        }
        j++;
      }
      return last >= k ? new int[] {k, last} : null;
    }

    boolean apposUntilEnd(int from, int hi) {
      for (int j = from; j < hi; j++) {
        W w = words.get(j);
        if (w.quoted || w.pos.equals("``")) {
          return true;
        }
        if (w.isVerb() && !w.pos.equals("VBN") && !w.pos.equals("VBG") || w.lower.equals("that")) {
          return false;
        }
        if (w.text.equals(".") || w.text.equals(",")) {
          return true;
        }
      }
      return true;
    }

    /** Skips "on Monday", "in a statement", "last week", "," after a cue; returns the next word. */
    int skipAdjuncts(int k, int seg) {
      int end = segEnd(seg);
      int j = k;
      while (j < end && j < k + 8) {
        W w = words.get(j);
        if (w.quoted || w.pos.equals("``")) {
          break;
        }
        boolean adjunct = w.text.equals(",") || w.text.equals(":") || w.text.equals("—")
            || w.text.equals("–") || w.text.equals("-")
            || (TIME_WORDS.contains(w.lower) && !w.lower.equals("that"))
            || (w.pos.startsWith("NNP") && j > k && TIME_WORDS.contains(words.get(j - 1).lower)
                && !words.get(j - 1).text.equals(","))
            || (w.pos.equals("CD") && j > k && MONTHS.contains(words.get(j - 1).lower)); // "on March 3"
        if (!adjunct) {
          break;
        }
        j++;
      }
      // only accept the skip when it lands on a quote, "that", or a clause; otherwise keep k
      if (j < end) {
        W w = words.get(j);
        if (w.quoted || w.pos.equals("``") || w.lower.equals("that") || j == k) {
          return j;
        }
        // adjunct words were really the start of the content ("the economy is strong")
        for (int t = k; t < j; t++) {
          String l = words.get(t).lower;
          if (l.equals("the") || l.equals("a") || l.equals("an") || l.equals("this")
              || l.equals("his") || l.equals("her") || l.equals("their") || l.equals("its")) {
            // keep a leading adjunct only if it is a prepositional phrase
            if (!TIME_WORDS.contains(words.get(k).lower) || words.get(k).lower.equals("the")
                || words.get(k).lower.equals("a") || words.get(k).lower.equals("this")) {
              return k;
            }
          }
        }
        return j;
      }
      return j;
    }

    boolean endsSegmentAfter(int k, int seg) {
      for (int j = k; j < segEnd(seg); j++) {
        if (!words.get(j).isPunct()) {
          return false;
        }
      }
      return true;
    }

    /** The quote whose closing mark sits right before {@code pos} (only commas/space/dashes between). */
    int quoteEndingBefore(int pos) {
      int j = pos - 1;
      while (j >= 0 && (Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n'
          || text.charAt(j) == ',' || text.charAt(j) == '—' || text.charAt(j) == '–')) {
        j--;
      }
      // ",''' he recalled": a nested quote closes with the outer one and its mark is left over
      if (j > 0 && (text.charAt(j) == '\'' || text.charAt(j) == '’') && quoteAt[j] < 0 && quoteAt[j - 1] >= 0) {
        j--;
      }
      if (j < 0 || quoteAt[j] < 0) {
        return -1;
      }
      Quote q = quotes.get(quoteAt[j]);
      return q.end - 1 == j && q.closed ? quoteAt[j] : -1;
    }

    /** The quote opening at or right after word {@code k} in this segment (or the next one after a colon). */
    int quoteStartingAfter(int k, int seg, int cueWord) {
      int end = segEnd(seg);
      int j = k;
      int pos;
      if (j < end) {
        W w = words.get(j);
        if (!(w.pos.equals("``") || w.quoted)) {
          return -1;
        }
        pos = w.begin;
      } else {
        // "as follows:" / "said:" at the end of a line, the quote starts the next paragraph
        W last = words.get(end - 1);
        if (!last.text.equals(":") && !(end - 1 == cueWord)) {
          return -1;
        }
        pos = last.end;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
          pos++;
        }
      }
      if (pos >= text.length() || quoteAt[pos] < 0) {
        return -1;
      }
      Quote q = quotes.get(quoteAt[pos]);
      if (q.begin != pos) {
        return -1;
      }
      // a short title-like quote right after the verb is not the content ("wrote “The Art of the Deal”")
      String inner = text.substring(q.begin, q.end);
      boolean immediate = k == cueWord + 1;
      if (immediate && inner.split("\\s+").length <= 4 && !inner.matches("(?s).*[.,!?]\\W*$")) {
        return -1;
      }
      return quoteAt[pos];
    }

    void addQuoteChain(int qi, List<Span> content, boolean[] used) {
      List<Span> chain = new ArrayList<>();
      int q = qi;
      int guard = 0;
      while (q >= 0 && !used[q] && guard++ < 20) {
        chain.add(0, quotes.get(q).span());
        used[q] = true;
        q = quotes.get(q).prev;
      }
      content.addAll(chain);
    }

    /** Quotes that follow quote {@code qi} with nothing but space between and no cue of their own. */
    void addFollowing(int qi, List<Span> content, boolean[] used) {
      int last = qi;
      for (int n = 0; n < MAX_CONTINUATION_QUOTES; n++) {
        int next = nextQuoteAfter(quotes.get(last).end, used);
        if (next < 0 || !onlySpaceOrLinked(quotes.get(last), quotes.get(next))) {
          return;
        }
        used[next] = true;
        content.add(quotes.get(next).span());
        last = next;
      }
    }

    boolean onlySpaceOrLinked(Quote a, Quote b) {
      if (b.prev >= 0 && quotes.get(b.prev) == a) {
        return !hasOwnCue(b);
      }
      String gap = text.substring(a.end, b.begin);
      return gap.matches("[\\s.,;]*") && !hasOwnCue(b);
    }

    /** After "“A,” he said." the next quote sentences without a cue of their own. */
    void addFollowingAfterSegment(int seg, List<Span> content, boolean[] used) {
      int segEndChar = segs.get(seg)[1];
      int next = nextQuoteAfter(segEndChar, used);
      if (next < 0) {
        return;
      }
      String gap = text.substring(segEndChar, quotes.get(next).begin);
      if (!gap.matches("[\\s.,;]*") || hasOwnCue(quotes.get(next))) {
        return;
      }
      used[next] = true;
      content.add(quotes.get(next).span());
      addFollowing(next, content, used);
    }

    int nextQuoteAfter(int pos, boolean[] used) {
      int j = pos;
      while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      while (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ',')) {
        j++;
      }
      while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j >= text.length() || quoteAt[j] < 0 || quotes.get(quoteAt[j]).begin != j || used[quoteAt[j]]) {
        return -1;
      }
      return quoteAt[j];
    }

    /** A quote has its own cue when its sentence has a cue verb outside quotation marks. */
    boolean hasOwnCue(Quote q) {
      int w = wordAt(q.end - 1);
      if (w < 0) {
        return true;
      }
      int seg = words.get(w).seg;
      // the quote's text after its end up to the segment end, and before its begin
      for (int j = segStart(seg); j < segEnd(seg); j++) {
        W x = words.get(j);
        if (x.quoted || x.begin >= q.begin && x.end <= q.end) {
          continue;
        }
        if (lexicon.lookup(x.lower) != null && (x.pos.startsWith("VB") || x.pos.isEmpty())
            || x.lower.equals("according") || x.text.equals(":")) {
          return true;
        }
      }
      // a quote whose paragraph goes on after it with other words is part of another sentence
      return false;
    }

    int wordAt(int pos) {
      int lo = 0;
      int hi = words.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        W w = words.get(mid);
        if (w.end <= pos) {
          lo = mid + 1;
        } else if (w.begin > pos) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    /** Reported content: after the cue to the sentence end, or before it in inverted order. */
    Span reportedContent(int k, int seg, int clauseBegin, boolean sourceBefore) {
      int end = segEnd(seg);
      int last = end - 1;
      while (last >= k && (words.get(last).isPunct() && !words.get(last).pos.equals("''"))) {
        last--;
      }
      if (last >= k && k < end) {
        W first = words.get(k);
        if (!first.text.equals(".") && !first.text.equals(")")) {
          last = beforeNextCueClause(k, last);
          int b = first.begin;
          int e = words.get(last).end;
          // a partial quote that ends the content keeps its closing mark: was "handled badly"
          if (e < text.length() && CLOSE_QUOTES.indexOf(text.charAt(e)) >= 0 && quoteAt[e] >= 0
              && quotes.get(quoteAt[e]).begin >= b && quotes.get(quoteAt[e]).end == e + 1) {
            e++;
          }
          if (e > b && (e - b > 2)) {
            return new Span(b, e);
          }
        }
      }
      // inverted: "The economy is strong, officials said."
      int s = segStart(seg);
      int stop = s;
      while (stop < end && words.get(stop).end <= clauseBegin) {
        stop++;
      }
      int lastBefore = stop - 1;
      while (lastBefore >= s && (words.get(lastBefore).isPunct() && !words.get(lastBefore).pos.equals("''"))) {
        lastBefore--;
      }
      int first = s;
      while (first <= lastBefore && words.get(first).isPunct() && !words.get(first).pos.equals("``")) {
        first++;
      }
      if (lastBefore >= first && stop > s && words.get(stop - 1).text.equals(",") && !sourceBefore
          || lastBefore >= first && stop > s && words.get(stop - 1).text.equals(",")) {
        return new Span(words.get(first).begin, words.get(lastBefore).end);
      }
      return null;
    }

    /** Ends reported content before ", saying …", "and added …", ", Smith said" (their own attributions). */
    int beforeNextCueClause(int k, int last) {
      for (int j = k + 2; j <= last; j++) {
        W w = words.get(j);
        if (w.quoted || lexicon.lookup(w.lower) == null || !(w.pos.startsWith("VB") || w.pos.isEmpty())) {
          continue;
        }
        int c = j - 1;
        int np = c > k ? npLeft(c, w.seg) : -1;
        if (np > k && j - np <= 6) {
          c = np - 1; // ", the club announced yesterday", ", a Commission spokeswoman said"
        } else if (words.get(c).pos.equals("PRP") || words.get(c).pos.startsWith("NNP")) {
          c--;
        }
        if (c > k && isClauseBreak(words.get(c))) {
          int e = c - 1;
          while (e > k && (words.get(e).isPunct() && !words.get(e).pos.equals("''") || isClauseBreak(words.get(e)))) {
            e--;
          }
          return e;
        }
      }
      return last;
    }

    boolean isClauseBreak(W w) {
      return w.text.equals(",") || w.lower.equals("and") || w.lower.equals("but") || w.lower.equals("while")
          || w.text.equals(";") || w.text.equals("—");
    }

    Form quotedShare(Span c) {
      int quoted = 0;
      int letters = 0;
      for (int i = c.begin(); i < c.end(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          letters++;
          if (inQuote[i]) {
            quoted++;
          }
        }
      }
      if (letters > 0 && quoted == letters && quoteAt[c.begin()] >= 0) {
        return Form.DIRECT;
      }
      return quoted > 0 ? Form.MIXED : Form.INDIRECT;
    }

    /** The subject of a segment for "…, saying …": the first noun phrase before the cue. */
    Span subjectOfSegment(int seg, int cue) {
      int s = segStart(seg);
      for (int j = s; j < cue && j < s + WINDOW; j++) {
        W w = words.get(j);
        if (w.isVerb()) {
          int st = j - 1 >= s ? npLeft(j - 1, seg) : -1;
          if (st < 0 && j - 2 >= s) {
            // "Trump, who …" / "Trump also said": step over one adverb
            st = npLeft(j - 2, seg);
            return st >= 0 ? new Span(words.get(st).begin, words.get(j - 2).end) : null;
          }
          return st >= 0 ? new Span(words.get(st).begin, words.get(j - 1).end) : null;
        }
      }
      return null;
    }

    Attribution accordingTo(int i, boolean[] usedQuote) {
      W w = words.get(i);
      int seg = w.seg;
      Span cue = new Span(w.begin, words.get(i + 1).end);
      int[] np = npRight(i + 2, seg);
      // not a plain noun phrase: "early results of exit polls", "his campaign finance documents", "him"
      Span source = np != null ? new Span(words.get(np[0]).begin, words.get(np[1]).end) : complementPhrase(i + 2, seg);
      if (source == null) {
        return null;
      }
      int s = segStart(seg);
      int e = segEnd(seg);
      List<Span> content = new ArrayList<>();
      int before = i - 1;
      while (before >= s && words.get(before).isPunct() && !words.get(before).pos.equals("''")) {
        before--;
      }
      int first = s;
      while (first < i && words.get(first).isPunct() && !words.get(first).pos.equals("``")) {
        first++;
      }
      if (before >= first) {
        content.add(new Span(words.get(first).begin, words.get(before).end));
      } else {
        int k = wordAt(source.end() - 1) + 1;
        while (k < e && words.get(k).isPunct()) {
          k++;
        }
        int last = e - 1;
        while (last >= k && words.get(last).isPunct() && !words.get(last).pos.equals("''")) {
          last--;
        }
        if (last < k) {
          return null;
        }
        content.add(new Span(words.get(k).begin, words.get(last).end));
      }
      Form form = quotedShare(content.get(0)) == Form.INDIRECT ? Form.ACCORDING_TO : quotedShare(content.get(0));
      if (form == Form.DIRECT) {
        form = Form.ACCORDING_TO;
      }
      return build(seg, source, cue, "according to", "state", content, form);
    }

    /**
     * "Trump: “We will win.”" — a short name before a colon that opens a quote; also a headline
     * ("Pence: Flowers Won't Be at Debate") or a transcript turn ("TAPPER: And obviously …"), whose
     * content runs to the end of the line.
     */
    Attribution colonCue(int i, boolean[] usedQuote) {
      W colon = words.get(i);
      int seg = colon.seg;
      if (i == segStart(seg) || i - segStart(seg) > 8) {
        return null;
      }
      W prev = words.get(i - 1);
      if (lexicon.lookup(prev.lower) != null && prev.pos.startsWith("VB")) {
        return null; // "saying:" is the verb's cue
      }
      int q = -1;
      int pos = colon.end;
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '\n') {
        pos++;
      }
      if (pos < text.length() && quoteAt[pos] >= 0 && quotes.get(quoteAt[pos]).begin == pos) {
        q = quoteAt[pos];
      }
      if (q >= 0 && usedQuote[q]) {
        return null;
      }
      int s = npLeft(i - 1, seg);
      if (s < 0 || s != segStart(seg) || !words.get(i - 1).capitalised()) {
        return null;
      }
      Span source = new Span(words.get(s).begin, prev.end);
      List<Span> content = new ArrayList<>();
      Form form;
      if (q >= 0) {
        usedQuote[q] = true;
        content.add(quotes.get(q).span());
        form = Form.DIRECT;
      } else {
        // unquoted: only a label of names (every word capitalised), at the start of its line
        for (int j = s; j < i; j++) {
          W x = words.get(j);
          if (!x.capitalised() && !x.isPunct() || NOT_SPEAKERS.contains(x.lower)) {
            return null;
          }
        }
        if (!opensParagraph(words.get(s).begin) || i - s > 4 || pos >= text.length()
            || !Character.isLetterOrDigit(text.charAt(pos)) && text.charAt(pos) != '‘' && text.charAt(pos) != '\'') {
          return null;
        }
        int end = text.indexOf('\n', pos);
        end = end < 0 ? text.length() : end;
        while (end > pos && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
          end--;
        }
        if (end - pos < 8) {
          return null;
        }
        content.add(new Span(pos, end));
        form = quotedShare(content.get(0));
      }
      return build(seg, source, new Span(colon.begin, colon.end), ":", "state", content, form);
    }

    /** "“…” ― Sonya Herridge": a dash after a closing quote, then the name that signs it. */
    Attribution dashSignature(int i, boolean[] usedQuote) {
      W dash = words.get(i);
      int qi = quoteEndingBefore(dash.begin);
      if (qi < 0 || usedQuote[qi]) {
        return null;
      }
      int j = i + 1;
      int last = -1;
      while (j < words.size() && j < i + 6 && words.get(j).capitalised() && !words.get(j).quoted
          && text.substring(dash.end, words.get(j).begin).indexOf('\n') < 0) {
        last = j;
        j++;
      }
      if (last < 0) {
        return null;
      }
      // the name ends the line or the sentence, or a new quote starts
      int after = words.get(last).end;
      while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '.')) {
        after++;
      }
      if (after < text.length() && text.charAt(after) != '\n' && quoteAt[after] < 0) {
        return null;
      }
      usedQuote[qi] = true;
      List<Span> content = new ArrayList<>();
      content.add(quotes.get(qi).span());
      return build(dash.seg, new Span(words.get(i + 1).begin, words.get(last).end), new Span(dash.begin, dash.end),
          ":", "state", content, Form.DIRECT);
    }

    Attribution build(int seg, Span source, Span cue, String lemma, String cls, List<Span> content, Form form) {
      content.sort(null);
      List<Span> merged = new ArrayList<>();
      for (Span c : content) {
        if (!merged.isEmpty() && merged.get(merged.size() - 1).overlaps(c)) {
          merged.set(merged.size() - 1, merged.get(merged.size() - 1).union(c));
        } else {
          merged.add(c);
        }
      }
      SourceKind kind = SourceKind.NONE;
      Span resolved = null;
      if (source != null) {
        String st = source.of(text).toLowerCase(Locale.ROOT).trim();
        String[] parts = st.split("\\s+");
        String head = headOf(source);
        if (PRONOUNS.contains(st)) {
          String want = st.equals("he") || st.equals("she") || st.equals("i") ? "PER"
              : st.equals("it") ? "ORG" : null;
          Mention m = want == null ? null : lastMentionBefore(source.begin(), want);
          if (m != null) {
            resolved = fullForm(m).span();
            kind = kindOf(m.type());
          } else {
            kind = SourceKind.UNRESOLVED;
          }
        } else if (parts.length <= 3 && parts[0].equals("the") && ROLE_HEADS.contains(head)
            && mentionOverlapping(source) == null) {
          // "the minister": the last person named with that title ("Defence Minister Tomas Okafor")
          Mention m = lastPersonTitled(source.begin(), head);
          if (m != null) {
            resolved = fullForm(m).span();
            kind = SourceKind.PERSON;
          } else {
            kind = SourceKind.UNNAMED;
          }
        } else if (parts.length <= 3 && (parts[0].equals("the") || parts[0].equals("this"))
            && ORG_HEADS.contains(head) && mentionOverlapping(source) == null) {
          // "the group", "the club": the last organisation named before
          Mention m = lastMentionBefore(source.begin(), "ORG");
          kind = SourceKind.ORGANISATION;
          if (m != null) {
            resolved = fullForm(m).span();
          }
        } else {
          Mention m = mentionOverlapping(source);
          boolean orgHead = ORG_HEADS.contains(head) || ORG_WORDS.contains(head);
          if (m != null && (m.end() >= source.end() - 1 || !PERSON_HEADS.contains(head))) {
            kind = orgHead && !m.type().equals("PER") ? SourceKind.ORGANISATION : kindOf(m.type());
            if (m.type().equals("MISC")) {
              kind = orgHead ? SourceKind.ORGANISATION : SourceKind.UNNAMED;
            }
            Mention full = fullForm(m);
            if (full != m && !source.contains(full.span())) {
              resolved = full.span();
            }
          } else if (orgHead && !PERSON_HEADS.contains(head)) {
            kind = SourceKind.ORGANISATION; // "the Nigerian Senate", "the ministry", "police"
          } else {
            kind = SourceKind.UNNAMED;
          }
        }
      }
      Span extent = new Span(merged.get(0).begin(), merged.get(merged.size() - 1).end());
      List<Mention> about = new ArrayList<>();
      for (int i = firstMentionFrom(extent.begin()); i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        if (m.begin() >= extent.end()) {
          break;
        }
        if (extent.contains(m.span()) && merged.stream().anyMatch(c -> c.contains(m.span()))) {
          about.add(m);
        }
      }
      return new Attribution(seg < 0 ? 0 : sentenceIndex(seg), source, kind, resolved, cue, lemma, cls,
          merged, form, about, false);
    }

    int sentenceIndex(int seg) {
      int w = segs.get(seg)[2];
      return w < words.size() ? tokenSentence.get(w) : 0;
    }

    final List<Integer> tokenSentence = new ArrayList<>();

    Mention lastMentionBefore(int pos, String type) {
      int from = firstMentionFrom(pos) - 1;
      for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
        Mention m = mentions.get(i);
        if (m.end() <= pos && m.type().equals(type)) {
          return m;
        }
      }
      return null;
    }

    /** The last PER mention before {@code pos} written with the title {@code role} right before it. */
    Mention lastPersonTitled(int pos, String role) {
      int from = firstMentionFrom(pos) - 1;
      for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
        Mention m = mentions.get(i);
        if (m.end() <= pos && m.type().equals("PER")) {
          String before = text.substring(Math.max(0, m.begin() - 25), m.begin()).toLowerCase(Locale.ROOT);
          if (before.matches("(?s).*\\b" + java.util.regex.Pattern.quote(role) + "\\s+$")) {
            return m;
          }
        }
      }
      return null;
    }

    /** The head word of a source noun phrase: its last word before an apposition, relative clause or "of". */
    String headOf(Span source) {
      int b = wordAt(source.begin());
      if (b < 0) {
        return "";
      }
      String head = "";
      for (int j = b; j < words.size() && words.get(j).end <= source.end(); j++) {
        W w = words.get(j);
        if (w.text.equals(",") || w.lower.equals("who") || w.lower.equals("of") || w.lower.equals("for")
            || w.lower.equals("close") || w.lower.equals("familiar") || w.lower.equals("in") || w.lower.equals("at")
            || w.lower.equals("from") || w.lower.equals("with") || w.lower.equals("led")) {
          break;
        }
        if (!w.isPunct() && !w.pos.equals("POS")) {
          head = w.lower;
        }
      }
      return head;
    }

    /** The full name a mention shortens: "Kerry" → "John Kerry", "IS" → "Islamic State", else itself. */
    Mention fullForm(Mention m) {
      Mention full = fullerNameBefore(m);
      if (full != null) {
        return full;
      }
      if (m.type().equals("PER") && !m.text().trim().contains(" ")) {
        // a headline names by surname before the text gives the full name: take the first later one
        String name = m.text().trim();
        for (int i = firstMentionFrom(m.end()); i < mentions.size() && i < firstMentionFrom(m.end()) + 50; i++) {
          Mention p = mentions.get(i);
          if (p.type().equals("PER") && p.text().endsWith(" " + name)) {
            return p;
          }
        }
      }
      String t = m.text().trim();
      if (t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.contains(" ")) {
        String letters = t.replace(".", "");
        int from = firstMentionFrom(m.begin()) - 1;
        for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
          Mention p = mentions.get(i);
          String[] ws = p.text().trim().split("\\s+");
          StringBuilder initials = new StringBuilder();
          for (String w : ws) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
              initials.append(w.charAt(0));
            }
          }
          if (ws.length >= 2 && (initials.toString().equals(letters) || initials.toString().startsWith(letters))) {
            return p;
          }
        }
      }
      return m;
    }

    /** For a one-word name ("Kerry"), the earlier longer mention it shortens ("John Kerry"). */
    Mention fullerNameBefore(Mention m) {
      if (m.text().trim().contains(" ") || !m.type().equals("PER")) {
        return null;
      }
      String name = m.text().trim();
      Mention found = null;
      int from = firstMentionFrom(m.begin()) - 1;
      for (int i = from; i >= 0 && i > from - LOOKBACK; i--) {
        Mention p = mentions.get(i);
        if (p.type().equals("PER") && p.text().contains(" ") && p.text().endsWith(" " + name)) {
          found = p; // the earliest full name within reach
        }
      }
      return found;
    }

    SourceKind kindOf(String type) {
      return switch (type) {
        case "PER" -> SourceKind.PERSON;
        case "ORG" -> SourceKind.ORGANISATION;
        case "LOC" -> SourceKind.PLACE;
        default -> SourceKind.UNNAMED;
      };
    }
  }

  /** Every attribution the rules trust, in text order of their cues. */
  public List<Attribution> extract(AttributionDocument doc) {
    return run(doc, false).stream().map(Candidate::attribution).toList();
  }

  /**
   * Every attribution the rules find, trusted or not, in text order of their cues: the input of a
   * {@link CueScorer}.
   */
  public List<Candidate> candidates(AttributionDocument doc) {
    return run(doc, true);
  }

  private List<Candidate> run(AttributionDocument doc, boolean keepVetoed) {
    if (doc.text().isEmpty() || doc.tokens().isEmpty()) {
      return List.of();
    }
    Run run = new Run(doc);
    // sentence index per internal word, for the claims table
    int ti = 0;
    List<Token> toks = doc.tokens();
    for (W w : run.words) {
      while (ti + 1 < toks.size() && toks.get(ti).end() <= w.begin) {
        ti++;
      }
      run.tokenSentence.add(toks.get(ti).sentence());
    }
    return run.extract(keepVetoed);
  }
}
