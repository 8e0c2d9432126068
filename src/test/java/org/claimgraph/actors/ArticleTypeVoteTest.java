package org.claimgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.actors.InArticleResolver.Mention;
import org.claimgraph.actors.InArticleResolver.Resolution;
import org.junit.jupiter.api.Test;

/** The in-article type vote and organisations named after people. */
class ArticleTypeVoteTest {

  private static String id(String type, String name) {
    return ActorNames.actorId(type, ActorNames.key(name, type));
  }

  @Test
  void aNamesMentionsDecideItsTypeWeightedByConfidence() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "Obama", "PER", 0.9), new Mention(10, "Obama", "LOC", 0.6), new Mention(20, "Obama", "PER", 0.8),
        new Mention(30, "Obama", "ORG", 0.5)), AliasTable.builtIn());
    for (Resolution x : r) {
      assertThat(x.actorType()).isEqualTo("PER");
      assertThat(x.actorId()).isEqualTo(r.get(0).actorId());
    }
    assertThat(r.get(1).rule()).startsWith("type_vote");
    assertThat(r.get(0).rule()).doesNotContain("type_vote");
  }

  @Test
  void aConfidentMajorityOfAnotherTypeWins() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "Jordan", "LOC", 0.95), new Mention(10, "Jordan", "LOC", 0.9), new Mention(20, "Jordan", "PER", 0.4)),
        AliasTable.builtIn());
    assertThat(r.get(2).actorType()).isEqualTo("LOC");
  }

  @Test
  void aFullNameMakesItsSlippedSurnameThePerson() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "Donald Trump", "PER", 0.9), new Mention(10, "Trump", "ORG", 0.7), new Mention(20, "Trump", "LOC", 0.6)),
        AliasTable.builtIn());
    assertThat(r.get(1).actorId()).isEqualTo(id("PER", "Donald Trump"));
    assertThat(r.get(2).actorId()).isEqualTo(id("PER", "Donald Trump"));
    assertThat(r.get(1).rule()).isEqualTo("type_vote+surname_in_article");
  }

  @Test
  void aPossessiveTaggedMiscJoinsItsStemsActor() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "Barack Obama", "PER"), new Mention(10, "Obama’s", "MISC"), new Mention(20, "Obama's", "MISC"),
        new Mention(30, "Trump’s", "MISC"), new Mention(40, "American", "MISC")), AliasTable.builtIn());
    assertThat(r.get(1).actorId()).isEqualTo(id("PER", "Barack Obama"));
    assertThat(r.get(1).alias()).isEqualTo("Obama");
    assertThat(r.get(2).actorId()).isEqualTo(id("PER", "Barack Obama"));
    assertThat(r.get(3)).as("a possessive whose stem the article never names stays MISC").isNull();
    assertThat(r.get(4)).isNull();
  }

  @Test
  void aMiscMentionFollowsAPersonButNotAnOrganisation() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "Donald Trump", "PER"), new Mention(10, "Trump", "MISC"),
        new Mention(20, "Republican", "ORG"), new Mention(30, "Republican", "MISC")), AliasTable.builtIn());
    assertThat(r.get(1).actorId()).isEqualTo(id("PER", "Donald Trump"));
    assertThat(r.get(3)).as("the adjective stays MISC").isNull();
  }

  @Test
  void organisationsNamedAfterPeopleStaySeparate() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "Donald Trump", "PER"), new Mention(10, "Trump Administration", "ORG"),
        new Mention(20, "Trump Organization", "PER"), new Mention(30, "Trump", "PER"),
        new Mention(40, "Hillary Clinton", "PER"), new Mention(50, "Clinton Foundation", "ORG"),
        new Mention(60, "Clinton", "ORG"), new Mention(70, "Barack Obama", "PER"), new Mention(80, "Obamacare", "ORG")),
        AliasTable.builtIn());
    String trump = id("PER", "Donald Trump");
    assertThat(r.get(1).actorId()).isEqualTo(id("ORG", "Trump Administration")).isNotEqualTo(trump);
    assertThat(r.get(2).actorType()).as("an organisation head word outvotes the tagger").isEqualTo("ORG");
    assertThat(r.get(2).actorId()).isEqualTo(id("ORG", "Trump Organization"));
    assertThat(r.get(3).actorId()).isEqualTo(trump);
    assertThat(r.get(5).actorId()).isEqualTo(id("ORG", "Clinton Foundation"));
    assertThat(r.get(6).actorId()).as("a slipped surname is the person, not the foundation named after her")
        .isEqualTo(id("PER", "Hillary Clinton"));
    assertThat(r.get(8).actorId()).isEqualTo(id("ORG", "Obamacare")).isNotEqualTo(id("PER", "Barack Obama"));
  }

  @Test
  void aStandaloneBodyIsNotTheShortFormOfALongerName() {
    List<Resolution> r = InArticleResolver.resolve(List.of(
        new Mention(0, "White House", "ORG"), new Mention(10, "House", "ORG"),
        new Mention(20, "Senate Judiciary Committee", "ORG"), new Mention(30, "Senate", "ORG"),
        new Mention(40, "Washington Post", "ORG"), new Mention(50, "Post", "ORG")), AliasTable.builtIn());
    assertThat(r.get(1).actorId()).isEqualTo(id("ORG", "House"));
    assertThat(r.get(3).actorId()).isEqualTo(id("ORG", "Senate"));
    assertThat(r.get(5).actorId()).isEqualTo(id("ORG", "Washington Post"));
  }
}
