package org.claimgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.actors.InArticleResolver.Mention;
import org.claimgraph.actors.InArticleResolver.Resolution;
import org.junit.jupiter.api.Test;

class InArticleResolverTest {

  private static List<Resolution> resolve(AliasTable aliases, String... textAndType) {
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < textAndType.length; i += 2) {
      ms.add(new Mention(i * 10, textAndType[i], textAndType[i + 1]));
    }
    return InArticleResolver.resolve(ms, aliases);
  }

  private static List<Resolution> resolve(String... textAndType) {
    return resolve(AliasTable.builtIn(), textAndType);
  }

  @Test
  void surnameResolvesToTheFullNameInTheSameArticle() {
    List<Resolution> r = resolve("Abu Bakr al-Baghdadi", "PER", "Baghdadi", "PER", "Baghdadi's", "PER");
    assertThat(r.get(1).actorId()).isEqualTo(r.get(0).actorId());
    assertThat(r.get(1).rule()).isEqualTo("surname_in_article");
    assertThat(r.get(2).actorId()).isEqualTo(r.get(0).actorId());
    assertThat(r.get(2).alias()).isEqualTo("Baghdadi");
    assertThat(r.get(0).actorName()).isEqualTo("Abu Bakr al-Baghdadi");
  }

  @Test
  void titlesAreStrippedAndRecorded() {
    List<Resolution> r = resolve("President Jane Doe", "PER", "Doe", "PER", "Defence Minister Tomas Okafor", "PER",
        "Mr. Okafor", "PER", "Gen. Smith", "PER");
    assertThat(r.get(0).actorName()).isEqualTo("Jane Doe");
    assertThat(r.get(0).rule()).isEqualTo("title_stripped");
    assertThat(r.get(0).alias()).isEqualTo("President Jane Doe");
    assertThat(r.get(1).actorId()).isEqualTo(r.get(0).actorId());
    assertThat(r.get(2).actorName()).isEqualTo("Tomas Okafor");
    assertThat(r.get(3).actorId()).isEqualTo(r.get(2).actorId());
    assertThat(r.get(3).rule()).isEqualTo("title_stripped+surname_in_article");
    assertThat(r.get(4).actorName()).isEqualTo("Smith");
    assertThat(r.get(4).rule()).isEqualTo("title_stripped+unresolved_short_form");
  }

  @Test
  void acronymsResolveToTheirLongFormInTheArticle() {
    List<Resolution> r = resolve("the Islamic State group", "ORG", "IS", "ORG", "Sahel Liberation Front", "ORG",
        "SLF", "ORG", "United States", "LOC", "U.S.", "LOC");
    assertThat(r.get(0).actorName()).isEqualTo("Islamic State");
    assertThat(r.get(1).actorId()).isEqualTo(r.get(0).actorId());
    assertThat(r.get(1).rule()).isEqualTo("acronym_in_article");
    assertThat(r.get(3).actorId()).isEqualTo(r.get(2).actorId());
    assertThat(r.get(5).actorId()).isEqualTo(r.get(4).actorId());
  }

  @Test
  void variantListLinksAcrossArticlesWithoutALongForm() {
    String un = resolve("UN", "ORG").get(0).actorId();
    assertThat(resolve("United Nations", "ORG").get(0).actorId()).isEqualTo(un);
    assertThat(resolve("U.N.", "ORG").get(0).rule()).isEqualTo("variant_list");
    String us = resolve("United States", "LOC").get(0).actorId();
    assertThat(resolve("US", "LOC").get(0).actorId()).isEqualTo(us);
    assertThat(resolve("U.S.", "ORG").get(0).actorId()).as("GPE tagged ORG").isEqualTo(us);
    assertThat(resolve("United States of America", "LOC").get(0).actorId()).isEqualTo(us);
    assertThat(resolve("Britain", "LOC").get(0).actorId()).isEqualTo(resolve("U.K.", "LOC").get(0).actorId());
    assertThat(resolve("EU", "ORG").get(0).actorName()).isEqualTo("European Union");
    assertThat(resolve("American", "MISC").get(0)).isNull();
  }

  @Test
  void unSecurityCouncilDoesNotSwallowUn() {
    List<Resolution> r = resolve("UN Security Council", "ORG", "UN", "ORG", "Council", "ORG");
    assertThat(r.get(1).actorName()).isEqualTo("United Nations");
    assertThat(r.get(2).actorId()).isEqualTo(r.get(0).actorId());
    assertThat(r.get(2).rule()).isEqualTo("short_form_in_article");
  }

  @Test
  void aSurnameAloneNeverLinksToAFullName() {
    String anna = resolve("Anna Keller", "PER").get(0).actorId();
    String paul = resolve("Paul Keller", "PER").get(0).actorId();
    Resolution lone = resolve("Keller", "PER").get(0);
    assertThat(lone.actorId()).isNotIn(anna, paul);
    assertThat(lone.rule()).isEqualTo("unresolved_short_form");
    List<Resolution> both = resolve("Anna Keller", "PER", "Paul Keller", "PER", "Keller", "PER");
    assertThat(both.get(2).actorId()).isNotIn(anna, paul);
    assertThat(both.get(2).rule()).isEqualTo("ambiguous_short_form");
    List<Resolution> first = resolve("Paul Keller", "PER", "Paul", "PER");
    assertThat(first.get(1).actorId()).isEqualTo(paul);
    assertThat(first.get(1).rule()).isEqualTo("first_name_in_article");
  }

  @Test
  void aSharedSurnameGoesToTheRelativeNotCalledByFirstName() {
    List<Resolution> r = resolve("John Edwards", "PER", "Elizabeth Edwards", "PER", "Edwards", "PER",
        "Elizabeth", "PER", "John Edwards", "PER");
    assertThat(r.get(2).actorId()).isEqualTo(r.get(0).actorId());
    assertThat(r.get(2).rule()).isEqualTo("shared_surname_in_article");
    assertThat(r.get(3).actorId()).isEqualTo(r.get(1).actorId());
    assertThat(r.get(3).rule()).isEqualTo("first_name_in_article");
  }

  @Test
  void aSharedSurnameStaysAmbiguousWithoutThatHint() {
    List<Resolution> r = resolve("Joe Biden", "PER", "Hunter Biden", "PER", "Biden", "PER");
    assertThat(r.get(2).actorId()).isNotIn(r.get(0).actorId(), r.get(1).actorId());
    assertThat(r.get(2).rule()).isEqualTo("ambiguous_short_form");
    // "Hunter" here is Rielle Hunter's surname, not Hunter Biden's first name: no hint.
    List<Resolution> surname = resolve("Joe Biden", "PER", "Hunter Biden", "PER", "Rielle Hunter", "PER",
        "Hunter", "PER", "Biden", "PER");
    assertThat(surname.get(4).rule()).isEqualTo("ambiguous_short_form");
    // "Hillary" is her nickname, not a hint: the name written out most is hers, so "Clinton" stays ambiguous.
    List<Resolution> nickname = resolve("Hillary Clinton", "PER", "Hillary", "PER", "Clinton", "PER",
        "Bill Clinton", "PER", "Hillary Clinton", "PER", "Clinton", "PER");
    assertThat(nickname.get(2).rule()).isEqualTo("ambiguous_short_form");
    assertThat(nickname.get(5).rule()).isEqualTo("ambiguous_short_form");
    // Both called by first name: nobody is left for the surname.
    List<Resolution> both = resolve("Joe Biden", "PER", "Hunter Biden", "PER", "Joe", "PER", "Hunter", "PER",
        "Biden", "PER");
    assertThat(both.get(4).rule()).isEqualTo("ambiguous_short_form");
  }

  @Test
  void loneNameIsTheKeyOfOneTokenPersonMentionsOnly() {
    List<Resolution> r = resolve("Tomas Okafor", "PER", "Mr. Okafor's", "PER", "Keller", "PER", "UN", "ORG");
    assertThat(r.get(0).loneName()).isNull();
    assertThat(r.get(1).loneName()).isEqualTo("okafor");
    assertThat(r.get(2).loneName()).isEqualTo("keller");
    assertThat(r.get(3).loneName()).isNull();
  }

  @Test
  void typesKeepLocationsApart() {
    List<Resolution> r = resolve("Lake Chad", "LOC", "Chad", "LOC", "Sahel", "LOC", "Sahel Liberation Front", "ORG");
    assertThat(r.get(1).actorId()).isNotEqualTo(r.get(0).actorId());
    assertThat(r.get(2).actorId()).isNotEqualTo(r.get(3).actorId());
  }

  @Test
  void overridesWinAndAreRecorded() {
    AliasTable aliases = AliasTable.withOverrides(List.<String[]>of(
        new String[] {"Baghdadi", "Abu Bakr al-Baghdadi", "PER"},
        new String[] {"Tomás Okafor", "Tomas Okafor", "PER"}));
    Resolution lone = resolve(aliases, "Baghdadi", "PER").get(0);
    assertThat(lone.actorId()).isEqualTo(resolve("Abu Bakr al-Baghdadi", "PER").get(0).actorId());
    assertThat(lone.rule()).isEqualTo("unresolved_short_form+override");
    assertThat(resolve("Tomás Okafor", "PER").get(0).actorId())
        .as("diacritics are folded even without an override")
        .isEqualTo(resolve("Tomas Okafor", "PER").get(0).actorId());
  }

  @Test
  void actorIdIsAHashOfTypeAndKey() {
    assertThat(ActorNames.actorId("PER", "tomas okafor")).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(resolve("TOMAS OKAFOR", "PER").get(0).actorId()).isEqualTo(ActorNames.actorId("PER", "tomas okafor"));
    assertThat(ActorNames.key("Donald J. Trump", "PER")).isEqualTo("donald trump");
    assertThat(ActorNames.key("Metalworkers' Union", "ORG")).isEqualTo("metalworkers union");
  }
}
