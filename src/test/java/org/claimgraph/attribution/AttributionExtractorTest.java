package org.claimgraph.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.attribution.TestDocs.doc;
import static org.claimgraph.attribution.TestDocs.mention;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {
  private static final AttributionExtractor EXTRACTOR = AttributionExtractor.standard();

  private static Attribution only(AttributionDocument doc) {
    List<Attribution> found = EXTRACTOR.extract(doc);
    assertThat(found).as("attributions in %s", doc.text()).hasSize(1);
    return found.get(0);
  }

  private static String text(AttributionDocument d, Span s) {
    return s == null ? null : s.of(d.text());
  }

  private static List<String> content(AttributionDocument d, Attribution a) {
    return a.content().stream().map(s -> s.of(d.text())).toList();
  }

  @Test
  void directStraightQuotesBeforeTheCue() {
    AttributionDocument d = doc("\"We will win,\" Smith said.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Smith");
    assertThat(text(d, a.cue())).isEqualTo("said");
    assertThat(a.cueLemma()).isEqualTo("say");
    assertThat(a.cueClass()).isEqualTo("state");
    assertThat(content(d, a)).containsExactly("\"We will win,\"");
    assertThat(a.form()).isEqualTo(Form.DIRECT);
  }

  @Test
  void directCurlyQuotesAfterAColon() {
    AttributionDocument d = doc("Jones said: “The plan is dead.”");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Jones");
    assertThat(text(d, a.cue())).isEqualTo("said");
    assertThat(content(d, a)).containsExactly("“The plan is dead.”");
    assertThat(a.form()).isEqualTo(Form.DIRECT);
  }

  @Test
  void quoteSplitAroundTheCue() {
    AttributionDocument d = doc("“We are ready,” Brown said, “and we will act.”");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Brown");
    assertThat(content(d, a)).containsExactly("“We are ready,”", "“and we will act.”");
    assertThat(a.form()).isEqualTo(Form.DIRECT);
  }

  @Test
  void quoteOverTwoParagraphsReopensTheQuote() {
    AttributionDocument d = doc("“The first part is long.\n\n“The second part ends here,” said Green.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Green");
    assertThat(text(d, a.cue())).isEqualTo("said");
    assertThat(content(d, a)).containsExactly("“The first part is long.", "“The second part ends here,”");
  }

  @Test
  void reportedSpeechWithThat() {
    AttributionDocument d = doc("The minister said that taxes would rise.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("The minister");
    assertThat(content(d, a)).containsExactly("that taxes would rise");
    assertThat(a.form()).isEqualTo(Form.INDIRECT);
    assertThat(a.sourceKind()).isEqualTo(SourceKind.UNNAMED);
  }

  @Test
  void reportedSpeechWithoutThat() {
    AttributionDocument d = doc("Officials said taxes would rise.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Officials");
    assertThat(content(d, a)).containsExactly("taxes would rise");
  }

  @Test
  void invertedReportedSpeech() {
    AttributionDocument d = doc("Taxes will rise next year, officials said.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("officials");
    assertThat(content(d, a)).containsExactly("Taxes will rise next year");
  }

  @Test
  void accordingTo() {
    AttributionDocument d = doc("According to the ministry, taxes will rise.");
    Attribution a = only(d);
    assertThat(text(d, a.cue())).isEqualTo("According to");
    assertThat(text(d, a.source())).isEqualTo("the ministry");
    assertThat(content(d, a)).containsExactly("taxes will rise");
    assertThat(a.form()).isEqualTo(Form.ACCORDING_TO);
  }

  @Test
  void toldAnOutlet() {
    AttributionDocument d = doc("Smith told Reuters that the deal was off.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Smith");
    assertThat(a.cueLemma()).isEqualTo("tell");
    assertThat(content(d, a)).containsExactly("that the deal was off");
  }

  @Test
  void unnamedSourceKeepsTheWholeDescription() {
    AttributionDocument d = doc("A senior intelligence official said the attack was planned.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("A senior intelligence official");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.UNNAMED);
    assertThat(content(d, a)).containsExactly("the attack was planned");
  }

  @Test
  void unnamedSourceWithAPostModifier() {
    AttributionDocument d = doc("Sources close to the talks said the deal was off.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Sources close to the talks");
  }

  @Test
  void organisationSource() {
    String t = "The Justice Department said it would appeal.";
    AttributionDocument d = doc(t, mention(t, "Justice Department", "ORG"));
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("The Justice Department");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.ORGANISATION);
  }

  @Test
  void pronounResolvedToTheEarlierNamedSpeaker() {
    String t = "John Kerry arrived on Monday. He said the talks would continue.";
    AttributionDocument d = doc(t, mention(t, "John Kerry", "PER"));
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("He");
    assertThat(text(d, a.resolvedSource())).isEqualTo("John Kerry");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.PERSON);
    assertThat(a.sentenceIndex()).isEqualTo(1);
  }

  @Test
  void theGroupResolvedToTheEarlierOrganisation() {
    String t = "Greenpeace staged a protest. The group said the plant was unsafe.";
    AttributionDocument d = doc(t, mention(t, "Greenpeace", "ORG"));
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("The group");
    assertThat(text(d, a.resolvedSource())).isEqualTo("Greenpeace");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.ORGANISATION);
  }

  @Test
  void passiveCueWithAnAgent() {
    AttributionDocument d = doc("It was announced by the ministry that taxes would rise.");
    Attribution a = only(d);
    assertThat(text(d, a.cue())).isEqualTo("announced");
    assertThat(text(d, a.source())).isEqualTo("the ministry");
    assertThat(content(d, a)).containsExactly("that taxes would rise");
  }

  @Test
  void entityMentionsInsideTheContentAreListed() {
    String t = "Smith said that Acme would buy Globex.";
    AttributionDocument d = doc(t, mention(t, "Smith", "PER"), mention(t, "Acme", "ORG"), mention(t, "Globex", "ORG"));
    Attribution a = only(d);
    assertThat(a.about()).extracting(AttributionDocument.Mention::text).containsExactly("Acme", "Globex");
  }

  @Test
  void scareQuotesAreNotClaims() {
    assertThat(EXTRACTOR.extract(doc("The so-called “reform” failed."))).isEmpty();
  }

  @Test
  void titlesInQuotesAreNotClaims() {
    assertThat(EXTRACTOR.extract(doc("He starred in “The Apprentice” for years."))).isEmpty();
  }

  @Test
  void saidAsAnAdjectiveIsNotACue() {
    assertThat(EXTRACTOR.extract(doc("The said agreement expired."))).isEmpty();
  }

  @Test
  void questionsAreNotClaims() {
    assertThat(EXTRACTOR.extract(doc("Did Smith say that taxes would rise?"))).isEmpty();
  }

  @Test
  void negatedCuesAreNotClaims() {
    assertThat(EXTRACTOR.extract(doc("Smith did not say that taxes would rise."))).isEmpty();
  }

  @Test
  void vetoedCuesStayCandidatesWithTheirVetoesUnlessAbsolute() {
    AttributionDocument d = doc("Smith did not say that taxes would rise. Did Jones say that taxes would rise? "
        + "Brown wants to win the vote.");
    List<Candidate> candidates = EXTRACTOR.candidates(d);
    assertThat(candidates).extracting(c -> text(d, c.attribution().cue())).containsExactly("say", "wants");
    assertThat(candidates.get(0).vetoes()).containsExactly(RuleVeto.NEGATED);
    assertThat(candidates.get(0).attribution().negated()).isTrue();
    assertThat(candidates.get(1).vetoed()).isFalse();
    assertThat(candidates.get(1).attribution().negated()).isFalse();
    assertThat(EXTRACTOR.extract(d)).extracting(a -> text(d, a.cue())).containsExactly("wants");
  }

  @Test
  void theSaidAgreementIsNoCandidateEither() {
    assertThat(EXTRACTOR.candidates(doc("Under the said agreement, boats may fish."))).isEmpty();
  }

  @Test
  void trustedCuesAreCandidatesWithoutVetoes() {
    AttributionDocument d = doc("Smith said that taxes would rise.");
    assertThat(EXTRACTOR.candidates(d)).singleElement().satisfies(c -> {
      assertThat(c.vetoed()).isFalse();
      assertThat(c.attribution()).isEqualTo(only(d));
    });
  }

  @Test
  void cuesInsideQuotesAreNotSeparateClaims() {
    AttributionDocument d = doc("“They said we would lose,” Smith said.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Smith");
  }

  @Test
  void sentenceSplitAfterAPartyTagDoesNotCutTheSource() {
    AttributionDocument d = doc("“The veto will fail,” Senate leader Mitch McConnell, R-Ky., said Tuesday.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Senate leader Mitch McConnell, R-Ky.,");
    assertThat(text(d, a.cue())).isEqualTo("said");
    assertThat(content(d, a)).containsExactly("“The veto will fail,”");
  }

  @Test
  void parenthesisedPartyTagStaysWithTheSource() {
    AttributionDocument d = doc("Rep. Gwen Moore (D-Wis.) said the remark was a dog whistle.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Rep. Gwen Moore (D-Wis.)");
    assertThat(content(d, a)).containsExactly("the remark was a dog whistle");
  }

  @Test
  void cueVerbTaggedAsANounAfterAName() {
    AttributionDocument d = doc("McKinley notes that rates are low."); // the test tagger calls "notes" NN
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("McKinley");
    assertThat(text(d, a.cue())).isEqualTo("notes");
    assertThat(content(d, a)).containsExactly("that rates are low");
    assertThat(EXTRACTOR.extract(doc("Fox News and the Drudge Report covered the rally."))).isEmpty();
    AttributionDocument object = doc("Trump calls Cruz a liar.");
    assertThat(text(object, only(object).cue())).isEqualTo("calls");
    AttributionDocument plural = doc("Officials think he lied."); // "think" untagged: NN
    assertThat(text(plural, only(plural).source())).isEqualTo("Officials");
  }

  @Test
  void mistaggedCueVerbAfterACommonNounNeedsAClauseAfterIt() {
    AttributionDocument d = doc("A new poll shows that Trump leads.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("A new poll");
    assertThat(text(d, a.cue())).isEqualTo("shows");
    assertThat(EXTRACTOR.extract(doc("He won by two percentage points, a record."))).isEmpty();
  }

  @Test
  void speechNounOwnedByItsSource() {
    AttributionDocument d = doc("Trump's criticism of the Khan family was a mistake.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Trump");
    assertThat(text(d, a.cue())).isEqualTo("criticism");
    assertThat(a.cueClass()).isEqualTo("accuse");
    assertThat(content(d, a)).containsExactly("the Khan family");
    AttributionDocument nested = doc("Clinton rejected Trump's claim that the vote was rigged.");
    List<Attribution> both = EXTRACTOR.extract(nested);
    assertThat(both).extracting(a2 -> text(nested, a2.cue())).containsExactly("rejected", "claim");
    assertThat(text(nested, both.get(1).source())).isEqualTo("Trump");
    assertThat(content(nested, both.get(1))).containsExactly("that the vote was rigged");
  }

  @Test
  void speechNounWithoutOwnerOrAfterACueVerbIsNoNewAttribution() {
    assertThat(EXTRACTOR.extract(doc("The criticism of the plan grew."))).isEmpty();
    AttributionDocument d = doc("She repeated her claim that the vote was rigged.");
    assertThat(text(d, only(d).cue())).isEqualTo("repeated");
  }

  @Test
  void toneOfVoiceIsACue() {
    AttributionDocument d = doc("The mayor sounded confident that the levy would pass.");
    Attribution a = only(d);
    assertThat(text(d, a.cue())).isEqualTo("sounded");
    assertThat(a.cueClass()).isEqualTo("state");
    assertThat(content(d, a)).containsExactly("confident that the levy would pass");
  }

  @Test
  void accordingToAPhraseThatStartsLikeATimeAdjunct() {
    AttributionDocument d = doc("Turnout rose, according to early results of exit polls.");
    Attribution a = only(d);
    assertThat(text(d, a.cue())).isEqualTo("according to");
    assertThat(text(d, a.source())).isEqualTo("early results of exit polls");
    assertThat(content(d, a)).containsExactly("Turnout rose");
  }

  @Test
  void nestedQuoteClosingWithTheOuterOne() {
    AttributionDocument d = doc("''I said, 'The lesson is clear,''' he recalled.");
    Attribution a = only(d);
    assertThat(text(d, a.cue())).isEqualTo("recalled");
    assertThat(content(d, a)).containsExactly("''I said, 'The lesson is clear,''");
  }

  @Test
  void quoteAfterASentenceThatIsOnlySourceAndCue() {
    AttributionDocument d = doc("Professor Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Professor Dianne Bystrom");
    assertThat(text(d, a.cue())).isEqualTo("agreed");
    assertThat(content(d, a)).containsExactly("“Mainstream Republicans are running out of time.”");
  }

  @Test
  void headlineVerbInTitleCase() {
    AttributionDocument d = doc("Carly Fiorina Endorses Ted Cruz For President\n\nThe race goes on.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Carly Fiorina");
    assertThat(text(d, a.cue())).isEqualTo("Endorses");
    assertThat(content(d, a)).containsExactly("Ted Cruz For President");
  }

  @Test
  void firstPersonSpeakerInsideAnUnpairedQuoteIsTheQuotedSpeaker() {
    AttributionDocument d = doc("“We lost the vote.\n\nAnd we said the count was wrong,” Smith said.");
    assertThat(EXTRACTOR.extract(d)).extracting(a -> text(d, a.source())).doesNotContain("we");
    AttributionDocument plain = doc("We said the count was wrong.");
    assertThat(text(plain, only(plain).source())).isEqualTo("We");
  }

  @Test
  void nameTaggedAsAVerbIsStillTheSourceWhenNerFoundIt() {
    String text = "“Rates will stay low,” Mr. Sperling said.";
    AttributionDocument tagged = doc(text, mention(text, "Sperling", "PER"));
    List<AttributionDocument.Token> tokens = tagged.tokens().stream()
        .map(t -> t.text().equals("Sperling") ? new AttributionDocument.Token(t.begin(), t.end(), t.text(), "VBG", t.sentence()) : t)
        .toList();
    AttributionDocument d = new AttributionDocument(text, tagged.sentences(), tokens, tagged.entities());
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Mr. Sperling");
    assertThat(content(d, a)).containsExactly("“Rates will stay low,”");
  }

  @Test
  void pathologicalInputFinishesQuickly() {
    AttributionDocument noPunctuation = doc("officials said the plan works ".repeat(70_000)); // 2 MB, one sentence
    AttributionDocument cjk = doc("中文文本没有空格".repeat(250_000));
    AttributionDocument names = doc("Jane Smith said the plan works and ".repeat(60_000)); // many mentions too
    long start = System.nanoTime();
    EXTRACTOR.extract(noPunctuation);
    EXTRACTOR.extract(cjk);
    assertThat(EXTRACTOR.extract(names)).isNotEmpty();
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
  }
}
