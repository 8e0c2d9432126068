package org.claimgraph.actors;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names known to mean the same actor in every article: the built-in variant list plus the user's
 * alias overrides ({@code alias,canonical_name,type}). Keys are {@link ActorNames#key} forms.
 *
 * <p>Type matching: an override applies to mentions of exactly its type. A built-in entry applies
 * to LOC and ORG mentions alike (taggers label "U.S." or "UN" either way) and gives the actor the
 * entry's type, so "US"/LOC and "U.S."/ORG both become the LOC actor "United States".
 */
public final class AliasTable implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an alias resolves to, and which rule said so ({@code variant_list} or {@code override}). */
  public record Target(String canonicalName, String type, String rule) implements Serializable {}

  private static final Set<String> GEO_OR_ORG = Set.of("LOC", "ORG");

  /**
   * canonical name, type, then its variants. "America" is listed as the United States: in news
   * text a bare "America" tagged LOC/ORG almost always is ("Latin/South/North America" are other
   * strings and do not match). "IS" alone is not listed (too short to trust across articles); it
   * resolves to "Islamic State" inside an article that spells the long form.
   */
  private static final List<List<String>> BUILT_IN = List.of(
      List.of("United States", "LOC", "US", "U.S.", "U.S.A.", "USA", "United States", "United States of America", "America"),
      List.of("United Kingdom", "LOC", "UK", "U.K.", "Britain", "Great Britain", "United Kingdom",
          "United Kingdom of Great Britain and Northern Ireland"),
      List.of("United Arab Emirates", "LOC", "UAE", "U.A.E.", "United Arab Emirates"),
      List.of("Russia", "LOC", "Russia", "Russian Federation"),
      List.of("United Nations", "ORG", "UN", "U.N.", "United Nations"),
      List.of("European Union", "ORG", "EU", "E.U.", "European Union"),
      List.of("NATO", "ORG", "NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
      List.of("World Health Organization", "ORG", "WHO", "World Health Organization", "World Health Organisation"),
      List.of("Islamic State", "ORG", "Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
          "Islamic State of Iraq and the Levant"),
      List.of("Federal Bureau of Investigation", "ORG", "FBI", "F.B.I.", "Federal Bureau of Investigation"),
      List.of("Central Intelligence Agency", "ORG", "CIA", "C.I.A.", "Central Intelligence Agency"),
      List.of("Republican Party", "ORG", "GOP", "G.O.P.", "Republican Party"));

  private final Map<String, Target> variants;
  private final Map<String, Target> overrides;

  private AliasTable(Map<String, Target> variants, Map<String, Target> overrides) {
    this.variants = variants;
    this.overrides = overrides;
  }

  /** The built-in variants only. */
  public static AliasTable builtIn() {
    return withOverrides(List.of());
  }

  /** Built-in variants plus overrides given as {@code {alias, canonical_name, type}} triples. */
  public static AliasTable withOverrides(List<String[]> overrideRows) {
    Map<String, Target> variants = new HashMap<>();
    for (List<String> entry : BUILT_IN) {
      String canonical = entry.get(0);
      String type = entry.get(1);
      for (String alias : entry.subList(2, entry.size())) {
        variants.put(ActorNames.key(alias, type), new Target(canonical, type, "variant_list"));
      }
    }
    Map<String, Target> overrides = new HashMap<>();
    for (String[] row : overrideRows) {
      String alias = row[0].strip();
      String canonical = row[1].strip();
      String type = row[2].strip().toUpperCase(java.util.Locale.ROOT);
      if (alias.isEmpty() || canonical.isEmpty() || !ActorNames.ACTOR_TYPES.contains(type)) {
        throw new IllegalArgumentException("alias override needs alias, canonical_name and a type of "
            + ActorNames.ACTOR_TYPES + ": " + String.join(",", row));
      }
      overrides.put(type + "|" + ActorNames.key(alias, type), new Target(canonical, type, "override"));
    }
    return new AliasTable(variants, overrides);
  }

  /** Override first, then the built-in list; empty when the name is not listed for this type. */
  public Optional<Target> lookup(String name, String mentionType) {
    Target override = overrides.get(mentionType + "|" + ActorNames.key(name, mentionType));
    if (override != null) {
      return Optional.of(override);
    }
    if (GEO_OR_ORG.contains(mentionType)) {
      Target variant = variants.get(ActorNames.key(name, "ORG"));
      if (variant != null) {
        return Optional.of(variant);
      }
    }
    return Optional.empty();
  }

  public int overrideCount() {
    return overrides.size();
  }
}
