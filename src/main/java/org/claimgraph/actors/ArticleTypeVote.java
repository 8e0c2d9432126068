package org.claimgraph.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule {@code type_vote}: within one article, a name has one type, decided by all its mentions.
 * Each mention of a PER/ORG/LOC type votes for its tagger type with the tagger's confidence (1 when
 * the model gives none); a mention with a person-only honorific ("Mr Trump") votes PER with weight 1;
 * a name ending in an organisation head word ("Trump Administration", "Clinton Foundation") votes ORG;
 * and a person's full name also votes PER for its surname ("Donald Trump" makes a slipped "Trump"/ORG
 * of the same article the person). The type with the most weight wins for every mention of the name
 * (ties keep each mention's own type, except that a surname of a full name in the article is the person). A mention tagged MISC does not vote: a possessive ("Trump’s")
 * takes the type its stem won, so it joins that actor; any other MISC mention follows only a
 * person's name ("the Trump campaign" tagged MISC is still Trump, but "Republican" the adjective
 * does not join the party); with no votes for its name it stays MISC.
 */
final class ArticleTypeVote {
  private ArticleTypeVote() {}

  static final String RULE = "type_vote";

  static final Set<String> ORG_HEADS = ActorWords.read("organisation-heads");

  private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  /**
   * One mention's say. {@code key}: the name's match key, the same for every type; {@code type}: the
   * type it votes for, null for a possessive MISC that only follows.
   */
  record Ballot(String key, String type, double weight, boolean followsPersonOnly) {
    Ballot(String key, String type, double weight) {
      this(key, type, weight, false);
    }
  }

  /** The ballot of a mention: what it votes for, given its stripped name and tagger type. */
  static Ballot ballot(ActorNames.Stripped stripped, String taggerType, Double confidence, boolean possessive) {
    String key = ActorNames.key(stripped.name(), "ORG");
    if (!ActorNames.ACTOR_TYPES.contains(taggerType)) {
      return new Ballot(key, null, 0, !possessive);
    }
    String[] words = key.split(" ");
    if (words.length >= 2 && ORG_HEADS.contains(words[words.length - 1])) {
      return new Ballot(key, "ORG", 1.0);
    }
    if (stripped.personal()) {
      return new Ballot(key, "PER", 1.0);
    }
    double weight = confidence == null || confidence.isNaN() || confidence <= 0 ? 1.0 : confidence;
    return new Ballot(key, taggerType, weight);
  }

  /** The type each ballot's mention takes (null: not an actor); {@code ballots} may hold nulls. */
  static List<String> decide(List<Ballot> ballots) {
    Map<String, double[]> votes = new HashMap<>();
    for (Ballot b : ballots) {
      if (b == null) {
        continue;
      }
      double[] v = votes.computeIfAbsent(b.key(), k -> new double[TYPES.size()]);
      if (b.type() != null) {
        v[TYPES.indexOf(b.type())] += b.weight();
      }
    }
    // Full names vote PER for their surnames (every proper suffix), after the names' own votes are in.
    Map<String, Double> surnameVotes = new HashMap<>();
    for (Ballot b : ballots) {
      if (b != null && "PER".equals(b.type())) {
        List<String> words = Arrays.asList(b.key().split(" "));
        for (int i = 1; i < words.size(); i++) {
          surnameVotes.merge(String.join(" ", words.subList(i, words.size())), b.weight(), Double::sum);
        }
      }
    }
    surnameVotes.forEach((surname, w) -> {
      double[] v = votes.get(surname);
      if (v != null) {
        v[0] += w;
      }
    });
    List<String> out = new ArrayList<>(ballots.size());
    for (Ballot b : ballots) {
      String won = b == null ? null : winner(votes.get(b.key()), b.type(), surnameVotes.containsKey(b.key()));
      out.add(b != null && b.followsPersonOnly() && !"PER".equals(won) ? null : won);
    }
    return out;
  }

  /** The type with most weight; a tie keeps the mention's own type, unless a full name made the name a surname. */
  private static String winner(double[] v, String own, boolean surname) {
    int best = -1;
    for (int i = 0; i < v.length; i++) {
      if (v[i] > 0 && (best < 0 || v[i] > v[best])) {
        best = i;
      }
    }
    if (best < 0) {
      return own;
    }
    if (surname && v[0] == v[best]) {
      return "PER";
    }
    return own != null && v[TYPES.indexOf(own)] == v[best] ? own : TYPES.get(best);
  }
}
