package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-article core of actor resolution, pure Java: given one article's mentions, decide for
 * each which actor it names. Short forms are resolved only against full forms in the <em>same</em>
 * article; what links articles is the actor id, a hash of the canonical name's match key.
 *
 * <p>Rules, in order (the rule names end up in {@code alias_rule}, joined by {@code +} when more
 * than one applied, e.g. {@code title_stripped+surname_in_article}):
 * <ol>
 *   <li>{@code boundary_cut}: words a page glued to the name are cut off ({@link NameBoundaries}:
 *       "Donald Trump MORE", "Donald John TrumpSessions"); a mention of such words only is no actor.</li>
 *   <li>{@code title_stripped}: titles and honorifics are removed from PER mentions ("President
 *       Jane Doe" → "Jane Doe"), person-only honorifics from any mention and after the name too
 *       ("Mr Trump"/ORG, "Obama Mr"). Possessive 's, a leading "the" and, for ORG, a trailing
 *       "group" are always removed and are not recorded as a rule.</li>
 *   <li>{@code type_vote}: the article's mentions of a name decide its one type
 *       ({@link ArticleTypeVote}); recorded when that is not the tagger's type.</li>
 *   <li>{@code acronym_in_article}: an acronym (2–6 capitals, dots allowed) whose letters are the
 *       initials of exactly one LOC/ORG long form in the article ("IS" … "Islamic State group").</li>
 *   <li>{@code surname_in_article}: a PER mention whose tokens are a proper suffix of exactly one
 *       PER full name in the article ("Okafor", "Baghdadi" … "Abu Bakr al-Baghdadi"), wherever in
 *       the article the full name is (journalists sometimes use the surname in a headline-like
 *       first line).</li>
 *   <li>{@code shared_surname_in_article}: when several full names in the article end in the
 *       surname, the one left after dropping those whose first name the article also uses alone,
 *       provided it is also the full name written out most often ("John Edwards" ×3, "Elizabeth
 *       Edwards", "Elizabeth", "Edwards" → John Edwards). Writers tell relatives apart by calling
 *       all but one by first name, so the bare surname is the other's; but a first name alone can
 *       also be a nickname of the main subject ("Hillary"), hence the count. Nearness is no guide:
 *       after "Elizabeth Edwards" the next "Edwards" is still John.</li>
 *   <li>{@code first_name_in_article}: otherwise, a one-token PER mention equal to the first name
 *       of exactly one PER full name in the article ("Paul" … "Paul Keller").</li>
 *   <li>{@code short_form_in_article}: an ORG mention whose tokens are a contiguous proper part of
 *       exactly one ORG full name in the article ("Commission" … "European Commission"), unless the
 *       short form is itself a listed variant or an acronym.</li>
 *   <li>{@code variant_list} / {@code override}: the (possibly resolved) name is looked up in the
 *       {@link AliasTable}; recorded only when it changes the actor.</li>
 *   <li>{@code unresolved_short_form}: a one-token PER mention that matched no full name in its
 *       article becomes its own actor keyed by (PER, surname). By itself it merges only with other
 *       lone uses of the same surname, never with a full name; only the corpus-level
 *       {@link DominantFullNames} rule may later join it to the one full name the run's own
 *       articles resolve that surname to. Two "Keller"s in different articles are never merged into
 *       Anna or Paul Keller while the corpus uses "Keller" for both. {@code ambiguous_short_form}:
 *       the same, when the article has two or more full names the short form fits and the rule
 *       above cannot choose; the corpus rule joins it only to a dominant full name the article names.</li>
 *   <li>{@code exact}: none of the above; the mention is its own canonical name.</li>
 * </ol>
 */
public final class InArticleResolver {
  private InArticleResolver() {}

  /** The rule recorded when {@link NameBoundaries} cut glued-on words off a mention. */
  static final String BOUNDARY_CUT = "boundary_cut";

  static final java.util.Set<String> STANDALONE_ORGANISATIONS = ActorWords.read("standalone-organisations");

  /** One mention of one article: offsets, surface text, tagger type and confidence (may be null) as in {@code mentions}. */
  public record Mention(int begin, String text, String type, Double confidence) {
    public Mention(int begin, String text, String type) {
      this(begin, text, type, null);
    }
  }

  /**
   * Which actor a mention names; null for mentions that are not actors (MISC). {@code loneName} is
   * the match key of a one-token PER mention (a surname or first name used alone), which the
   * corpus-level rule links on; null for every other mention.
   */
  public record Resolution(String actorId, String actorName, String actorType, String alias, String rule,
      String loneName) {}

  private record Prepared(int index, int begin, String alias, String name, String type, List<String> tokens,
      boolean titleStripped, boolean boundaryCut, boolean typeVoted) {}

  /** Resolutions in the order of {@code mentions}; null entries for non-actor mentions. */
  public static List<Resolution> resolve(List<Mention> mentions, AliasTable aliases) {
    List<ArticleTypeVote.Ballot> ballots = new ArrayList<>();
    for (Mention m : mentions) {
      ActorNames.Stripped stripped = ActorNames.strip(ActorNames.clean(m.text()), m.type());
      ballots.add(stripped.name().isEmpty() ? null
          : ArticleTypeVote.ballot(stripped, m.type(), m.confidence(), ActorNames.isPossessive(m.text())));
    }
    List<String> voted = ArticleTypeVote.decide(ballots);
    List<Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String type = voted.get(i) != null ? voted.get(i) : m.type();
      String alias = ActorNames.clean(m.text());
      ActorNames.Stripped stripped = ActorNames.strip(alias, type);
      prepared.add(new Prepared(i, m.begin(), alias, stripped.name(), type, ActorNames.keyTokens(stripped.name(), type),
          stripped.titleStripped(), stripped.boundaryCut(), !type.equals(m.type())));
    }
    List<Prepared> fullForms = prepared.stream()
        .filter(p -> ActorNames.ACTOR_TYPES.contains(p.type()) && p.tokens().size() >= 2).toList();

    Set<String> firstNamesAlone = firstNamesAlone(prepared, fullForms);

    List<Resolution> out = new ArrayList<>();
    for (Prepared p : prepared) {
      out.add(ActorNames.ACTOR_TYPES.contains(p.type()) && !p.tokens().isEmpty()
          ? resolveOne(p, fullForms, firstNamesAlone, aliases) : null);
    }
    return out;
  }

  /**
   * One-token PER mentions that are no full name's surname: the first names the article uses alone.
   * A token that is some full name's surname is read as that surname, as {@link #resolveOne} does.
   */
  private static Set<String> firstNamesAlone(List<Prepared> prepared, List<Prepared> fullForms) {
    Set<String> out = new HashSet<>();
    for (Prepared p : prepared) {
      if ("PER".equals(p.type()) && p.tokens().size() == 1 && fullForms.stream()
          .noneMatch(f -> "PER".equals(f.type()) && isProperSuffix(p.tokens(), f.tokens()))) {
        out.add(p.tokens().get(0));
      }
    }
    return out;
  }

  private static Resolution resolveOne(Prepared p, List<Prepared> fullForms, Set<String> firstNamesAlone,
      AliasTable aliases) {
    List<String> rules = new ArrayList<>();
    if (p.boundaryCut()) {
      rules.add(BOUNDARY_CUT);
    }
    if (p.titleStripped()) {
      rules.add("title_stripped");
    }
    if (p.typeVoted()) {
      rules.add(ArticleTypeVote.RULE);
    }
    String name = p.name();
    String type = p.type();
    boolean acronym = ActorNames.isAcronym(name);

    Prepared target = null;
    String inArticleRule = null;
    if (acronym && !"PER".equals(type)) {
      String letters = ActorNames.acronymLetters(name);
      target = unique(fullForms.stream()
          .filter(f -> !"PER".equals(f.type()) && letters.equals(ActorNames.initials(f.name()))).toList());
      inArticleRule = "acronym_in_article";
    } else if ("PER".equals(type)) {
      List<Prepared> bySuffix = fullForms.stream()
          .filter(f -> "PER".equals(f.type()) && isProperSuffix(p.tokens(), f.tokens())).toList();
      if (!bySuffix.isEmpty()) {
        target = unique(bySuffix);
        inArticleRule = "surname_in_article";
        if (target == null) {
          target = notCalledByFirstName(bySuffix, firstNamesAlone);
          inArticleRule = target != null ? "shared_surname_in_article" : "ambiguous_short_form";
        }
      } else if (p.tokens().size() == 1) {
        target = unique(fullForms.stream()
            .filter(f -> "PER".equals(f.type()) && f.tokens().get(0).equals(p.tokens().get(0))).toList());
        inArticleRule = target != null ? "first_name_in_article" : "unresolved_short_form";
      }
    } else if ("ORG".equals(type) && !acronym && aliases.lookup(name, type).isEmpty()
        && !STANDALONE_ORGANISATIONS.contains(name)) {
      target = unique(fullForms.stream()
          .filter(f -> "ORG".equals(f.type()) && isProperPart(p.tokens(), f.tokens()) && !namedAfter(p.tokens(), f.tokens())
              && !namesAPart(p.tokens(), f.tokens()))
          .toList());
      inArticleRule = "short_form_in_article";
    }

    if (target != null) {
      name = target.name();
      type = target.type();
      rules.add(inArticleRule);
    } else if (inArticleRule != null && inArticleRule.endsWith("short_form")) {
      rules.add(inArticleRule);
    }

    String key = ActorNames.key(name, type);
    Optional<AliasTable.Target> listed = aliases.lookup(name, type);
    if (listed.isPresent()) {
      AliasTable.Target t = listed.get();
      String listedKey = ActorNames.key(t.canonicalName(), t.type());
      if (!listedKey.equals(key) || !t.type().equals(type) || "override".equals(t.rule())) {
        rules.add(t.rule());
      }
      name = t.canonicalName();
      type = t.type();
      key = listedKey;
    }
    if (rules.isEmpty()) {
      rules.add("exact");
    }
    String loneName = "PER".equals(p.type()) && p.tokens().size() == 1 ? p.tokens().get(0) : null;
    return new Resolution(ActorNames.actorId(type, key), name, type, p.alias(), String.join("+", rules), loneName);
  }

  /**
   * Among full names sharing a surname (one entry per full-name mention), the one whose first name
   * the article never uses alone, when it is also written out more often than each of the others;
   * else null. The count guards the hint: political writers call Hillary Clinton "Hillary" and
   * still mean her by "Clinton", while Bill Clinton is named once in passing.
   */
  private static Prepared notCalledByFirstName(List<Prepared> candidates, Set<String> firstNamesAlone) {
    Prepared chosen = unique(candidates.stream().filter(f -> !firstNamesAlone.contains(f.tokens().get(0))).toList());
    if (chosen == null) {
      return null;
    }
    Map<List<String>, Long> written = candidates.stream()
        .collect(Collectors.groupingBy(Prepared::tokens, Collectors.counting()));
    long chosenCount = written.get(chosen.tokens());
    boolean mostWritten = written.entrySet().stream()
        .allMatch(e -> e.getKey().equals(chosen.tokens()) || e.getValue() < chosenCount);
    return mostWritten ? chosen : null;
  }

  /** The one candidate when all candidates share a match key (repeats of one name); else null. */
  private static Prepared unique(List<Prepared> candidates) {
    Map<String, Prepared> byKey = new LinkedHashMap<>();
    for (Prepared c : candidates) {
      byKey.putIfAbsent(c.type() + "|" + String.join(" ", c.tokens()), c);
    }
    return byKey.size() == 1 ? byKey.values().iterator().next() : null;
  }

  private static boolean isProperSuffix(List<String> shortTokens, List<String> fullTokens) {
    return shortTokens.size() < fullTokens.size()
        && fullTokens.subList(fullTokens.size() - shortTokens.size(), fullTokens.size()).equals(shortTokens);
  }

  /**
   * "Trump" and "Trump Administration", "Clinton" and "Clinton Foundation": an organisation named
   * after the short form's bearer (the short form followed by an organisation head word) is not what
   * the short form means.
   */
  private static boolean namedAfter(List<String> shortTokens, List<String> fullTokens) {
    return fullTokens.size() == shortTokens.size() + 1 && fullTokens.subList(0, shortTokens.size()).equals(shortTokens)
        && ArticleTypeVote.ORG_HEADS.contains(fullTokens.get(fullTokens.size() - 1));
  }

  /**
   * "Senate" and "Senate Judiciary Committee": a short form at the front of a name of three words or
   * more names the body the longer name is a part of, not the part ("Fusion" of "Fusion GPS" is fine).
   */
  private static boolean namesAPart(List<String> shortTokens, List<String> fullTokens) {
    return fullTokens.size() >= 3 && fullTokens.subList(0, shortTokens.size()).equals(shortTokens);
  }

  private static boolean isProperPart(List<String> shortTokens, List<String> fullTokens) {
    return shortTokens.size() < fullTokens.size() && java.util.Collections.indexOfSubList(fullTokens, shortTokens) >= 0;
  }
}
