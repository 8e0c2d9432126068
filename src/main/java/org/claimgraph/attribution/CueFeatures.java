package org.claimgraph.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.attribution.AttributionDocument.Mention;
import org.claimgraph.attribution.AttributionDocument.Token;

/**
 * The evidence a {@link CueScorer} weighs for one candidate, as 64-bit hashes of feature strings.
 * Most of it is the cue word in its context, because whether PolNeAR counts a word as a cue
 * depends on the word ("want" rarely, "say" nearly always) and on its neighbours ("called for" vs
 * "called him"). The rest says whether the rules' reading holds together: what the source is, how
 * long the content is, and whether the cue sits inside another attribution's content — PolNeAR
 * does not annotate nested attributions, so "X said Y wants Z" has one cue, not two.
 */
final class CueFeatures {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private CueFeatures() {}

  /** The features of {@code candidate} among all {@code candidates} of the document. */
  static long[] of(AttributionDocument doc, Candidate candidate, List<Candidate> candidates) {
    Attribution a = candidate.attribution();
    String text = doc.text();
    List<Token> tokens = doc.tokens();
    int k = tokenAt(tokens, a.cue().begin());
    Token cue = tokens.get(k);
    String lemma = a.cueLemma();
    String prev = k > 0 ? lower(tokens.get(k - 1)) : "<s>";
    String prevPos = k > 0 ? tokens.get(k - 1).pos() : "<s>";
    String next = k + 1 < tokens.size() ? lower(tokens.get(k + 1)) : "</s>";
    String nextPos = k + 1 < tokens.size() ? tokens.get(k + 1).pos() : "</s>";
    String nextPos2 = k + 2 < tokens.size() ? tokens.get(k + 2).pos() : "</s>";
    String source = sourceShape(text, a);
    String sourceType = sourceType(doc, a);
    ContentShape content = ContentShape.of(tokens, a.contentExtent());
    boolean inside = false;
    boolean holds = false;
    for (Candidate other : candidates) {
      Attribution o = other.attribution();
      if (o != a) {
        inside |= o.content().stream().anyMatch(s -> s.contains(a.cue()));
        holds |= a.content().stream().anyMatch(s -> s.contains(o.cue()));
      }
    }
    Features f = new Features();
    f.add("bias");
    f.add("lemma", lemma);
    f.add("word", SPACES.matcher(a.cue().of(text).toLowerCase(Locale.ROOT)).replaceAll(" "));
    f.add("class", a.cueClass());
    f.add("form", a.form().label());
    f.add("kind", a.sourceKind().label());
    f.add("pos", cue.pos());
    f.add("lemma|pos", lemma + "|" + cue.pos());
    f.add("prev", prev);
    f.add("prevPos", prevPos);
    f.add("next", next);
    f.add("nextPos", nextPos);
    f.add("nextPos2", nextPos + "|" + nextPos2);
    f.add("lemma|next", lemma + "|" + next);
    f.add("lemma|nextPos", lemma + "|" + nextPos);
    f.add("lemma|prevPos", lemma + "|" + prevPos);
    f.add("lemma|form", lemma + "|" + a.form().label());
    f.add("lemma|kind", lemma + "|" + a.sourceKind().label());
    f.add("source", source);
    f.add("sourceType", sourceType);
    f.add("sourceType|lemma", sourceType + "|" + lemma);
    if (a.source() != null) {
      f.add("sourceSide", a.source().begin() < a.cue().begin() ? "before" : "after");
      f.add("sourceGap", bucket(wordsBetween(tokens, a.source(), a.cue())));
      f.add("lemma|source", lemma + "|" + (source.startsWith("pronoun") ? "pronoun" : "named"));
    }
    if (a.resolvedSource() != null) {
      f.add("resolved");
    }
    f.add("contentLength", bucket(content.words()));
    f.add("contentFirst", content.first());
    f.add("lemma|contentFirst", lemma + "|" + content.first());
    f.add("contentVerb", Boolean.toString(content.hasVerb()));
    f.add("lemma|contentVerb", lemma + "|" + content.hasVerb());
    Span extent = a.contentExtent();
    f.add("contentSide", extent.begin() >= a.cue().end() ? "after" : extent.end() <= a.cue().begin() ? "before" : "around");
    f.add("headline", Boolean.toString(cue.sentence() == 0));
    f.add("about", Integer.toString(Math.min(3, a.about().size())));
    f.add("insideOther", Boolean.toString(inside));
    f.add("holdsOther", Boolean.toString(holds));
    f.add("insideOther|lemma", inside + "|" + lemma);
    f.add("insideOther|form", inside + "|" + a.form().label());
    // Last declared first: the order model 0.5.0 was trained in for the two pairs of vetoes it saw
    // ("[NOT_TO, NOT_A_VERB]", "[NEGATED, NOT_A_VERB]"). That order came from Set.copyOf, which
    // orders differently in every JVM, so a run that ordered a pair the other way scored the pair's
    // cues without their weight (PolNeAR dev: 1,809 cues predicted instead of 1,810).
    List<RuleVeto> vetoes = new ArrayList<>(candidate.vetoes());
    vetoes.sort(Comparator.reverseOrder());
    f.add("vetoes", vetoes.toString());
    for (RuleVeto v : vetoes) {
      f.add("veto", v.name());
      f.add("veto|lemma", v.name() + "|" + lemma);
    }
    return f.hashes();
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    int k = 0;
    while (k < tokens.size() - 1 && tokens.get(k).end() <= offset) {
      k++;
    }
    return k;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String sourceShape(String text, Attribution a) {
    if (a.source() == null) {
      return "none";
    }
    String s = a.source().of(text).toLowerCase(Locale.ROOT);
    return PRONOUNS.contains(s) ? "pronoun:" + s : "named";
  }

  /** The entity type of the source mention, "np" for a description, "none" without a source. */
  private static String sourceType(AttributionDocument doc, Attribution a) {
    if (a.source() == null) {
      return "none";
    }
    for (Mention m : doc.entities()) {
      if (m.span().overlaps(a.source())) {
        return m.type();
      }
    }
    return "np";
  }

  private static int wordsBetween(List<Token> tokens, Span x, Span y) {
    int from = Math.min(x.end(), y.end());
    int to = Math.max(x.begin(), y.begin());
    int n = 0;
    for (Token t : tokens) {
      n += t.begin() >= from && t.end() <= to ? 1 : 0;
    }
    return n;
  }

  private static String bucket(int n) {
    return n <= 1 ? "1" : n <= 3 ? "3" : n <= 7 ? "7" : n <= 15 ? "15" : n <= 30 ? "30" : "more";
  }

  private record ContentShape(int words, String first, boolean hasVerb) {
    static ContentShape of(List<Token> tokens, Span extent) {
      int words = 0;
      String first = "";
      boolean verb = false;
      for (Token t : tokens) {
        if (t.begin() >= extent.begin() && t.end() <= extent.end()) {
          if (words++ == 0) {
            first = lower(t);
          }
          verb |= t.pos().startsWith("VB") || t.pos().equals("MD");
        }
      }
      return new ContentShape(words, first, verb);
    }
  }

  /** Feature strings hashed as they are added (FNV-1a, 64 bits: collisions are negligible here). */
  private static final class Features {
    private long[] hashes = new long[64];
    private int size;

    void add(String name) {
      add(name, "");
    }

    void add(String name, String value) {
      long h = 0xcbf29ce484222325L;
      for (int i = 0; i < name.length(); i++) {
        h = (h ^ name.charAt(i)) * 0x100000001b3L;
      }
      h = (h ^ '=') * 0x100000001b3L;
      for (int i = 0; i < value.length(); i++) {
        h = (h ^ value.charAt(i)) * 0x100000001b3L;
      }
      if (size == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = h;
    }

    long[] hashes() {
      return java.util.Arrays.copyOf(hashes, size);
    }
  }
}
