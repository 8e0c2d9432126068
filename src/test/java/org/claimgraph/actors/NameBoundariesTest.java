package org.claimgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.actors.InArticleResolver.Mention;
import org.claimgraph.actors.InArticleResolver.Resolution;
import org.junit.jupiter.api.Test;

/** One test per junk pattern a page glues to a name, and titles with and without full stops. */
class NameBoundariesTest {

  private static List<Resolution> resolve(String... textAndType) {
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < textAndType.length; i += 2) {
      ms.add(new Mention(i * 10, textAndType[i], textAndType[i + 1]));
    }
    return InArticleResolver.resolve(ms, AliasTable.builtIn());
  }

  private static String person(String name) {
    return ActorNames.actorId("PER", ActorNames.key(name, "PER"));
  }

  @Test
  void aHeadlineWordAfterTheNameIsCutOff() {
    List<Resolution> r = resolve("Donald Trump", "PER", "Trump MORE", "ORG", "MORE", "ORG");
    assertThat(r.get(1).actorId()).isEqualTo(person("Donald Trump"));
    assertThat(r.get(1).rule()).startsWith("boundary_cut+type_vote");
    assertThat(r.get(2)).as("a mention of headline words only is dropped").isNull();
  }

  @Test
  void aCaptionLabelAContractionOrALegalFormAloneIsNoName() {
    assertThat(resolve("Hide Caption", "ORG", "I’m", "ORG", "LLC", "ORG", "Acme LLC", "ORG"))
        .extracting(x -> x == null ? null : x.actorName()).containsExactly(null, null, null, "Acme LLC");
  }

  @Test
  void aHeadlineWordBeforeTheNameIsCutOff() {
    assertThat(resolve("SEE ALSO Ted Cruz", "PER").get(0).actorName()).isEqualTo("Ted Cruz");
  }

  @Test
  void aHandleHashtagOrLinkEndsTheName() {
    assertThat(resolve("Yoel Roth @yoyoel", "PER").get(0).actorName()).isEqualTo("Yoel Roth");
    assertThat(resolve("Jon Levine #media", "PER").get(0).actorName()).isEqualTo("Jon Levine");
    assertThat(resolve("Ted Cruz pic.twitter.com/x1", "PER").get(0).actorName()).isEqualTo("Ted Cruz");
  }

  @Test
  void aWordRunIntoTheNameIsCutAtTheCapital() {
    assertThat(resolve("Gary Earl JohnsonThe", "PER").get(0).actorName()).isEqualTo("Gary Earl Johnson");
    assertThat(resolve("TrumpGOP", "PER").get(0).actorName()).isEqualTo("Trump");
    // Surname prefixes and one-word brands are no glue.
    assertThat(resolve("Betsy DeVos", "PER").get(0).actorName()).isEqualTo("Betsy DeVos");
    assertThat(resolve("Douglas MacArthur", "PER").get(0).actorName()).isEqualTo("Douglas MacArthur");
    assertThat(resolve("Leonardo DiCaprio", "PER").get(0).actorName()).isEqualTo("Leonardo DiCaprio");
    assertThat(resolve("LinkedIn", "ORG").get(0).actorName()).isEqualTo("LinkedIn");
    assertThat(resolve("ExxonMobil Corp", "ORG").get(0).actorName()).isEqualTo("ExxonMobil Corp");
  }

  @Test
  void aTagRunRepeatingTheNameKeepsTheWritersForm() {
    List<Resolution> r = resolve("Donald Trump Donald John TrumpSessions", "PER", "Trump Donald John TrumpGOP", "PER");
    assertThat(r.get(0).actorId()).isEqualTo(person("Donald Trump"));
    assertThat(r.get(0).rule()).isEqualTo("boundary_cut");
    assertThat(r.get(1).actorId()).as("the lone surname of the tag run is Donald Trump's in this article")
        .isEqualTo(person("Donald Trump"));
    assertThat(resolve("Sirhan Sirhan", "PER").get(0).actorName()).isEqualTo("Sirhan Sirhan");
  }

  @Test
  void titlesAreStrippedWithAndWithoutFullStopsBeforeOrAfterTheName() {
    List<Resolution> r = resolve("Barack Obama", "PER", "Mr Obama", "PER", "Mr. Obama", "PER", "Obama Mr", "PER",
        "Sen Obama", "PER", "Sen. Obama", "PER", "Dr Obama", "PER", "President Obama", "PER",
        "Prime Minister Tony Blair", "PER", "Prof Blair", "PER", "Gov. Blair", "PER");
    for (int i = 1; i <= 7; i++) {
      assertThat(r.get(i).actorId()).as(r.get(i).alias()).isEqualTo(person("Barack Obama"));
      assertThat(r.get(i).rule()).as(r.get(i).alias()).isEqualTo("title_stripped+surname_in_article");
    }
    assertThat(r.get(8).actorName()).isEqualTo("Tony Blair");
    assertThat(r.get(9).actorId()).isEqualTo(person("Tony Blair"));
    assertThat(r.get(10).actorId()).isEqualTo(person("Tony Blair"));
  }

  @Test
  void anHonorificMakesAPersonWhateverTheTaggerSaid() {
    List<Resolution> r = resolve("Donald Trump", "PER", "Mr Trump", "ORG", "Mr", "ORG");
    assertThat(r.get(1).actorId()).isEqualTo(person("Donald Trump"));
    assertThat(r.get(1).actorType()).isEqualTo("PER");
    assertThat(r.get(2)).as("a title split off its name names nobody").isNull();
  }
}
