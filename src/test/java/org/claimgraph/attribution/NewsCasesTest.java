package org.claimgraph.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.attribution.TestDocs.doc;
import static org.claimgraph.attribution.TestDocs.mention;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sentences in the shapes real news writes, which the rules once got wrong. */
class NewsCasesTest {
  private static final AttributionExtractor EXTRACTOR = AttributionExtractor.standard();

  private static Attribution only(AttributionDocument d) {
    List<Attribution> found = EXTRACTOR.extract(d);
    assertThat(found).as("attributions in %s", d.text()).hasSize(1);
    return found.get(0);
  }

  private static Attribution last(AttributionDocument d) {
    List<Attribution> found = EXTRACTOR.extract(d);
    assertThat(found).as("attributions in %s", d.text()).isNotEmpty();
    return found.get(found.size() - 1);
  }

  private static String text(AttributionDocument d, Span s) {
    return s == null ? null : s.of(d.text());
  }

  @Test
  void invertedSourceKeepsItsTitle() {
    AttributionDocument d = doc("“We will win,” said Mr. Isbell.");
    assertThat(text(d, only(d).source())).isEqualTo("Mr. Isbell");
  }

  @Test
  void invertedSourceKeepsItsTitleBeforeAPartyTag() {
    String t = "“The bill is dead,” said Rep. Jane Ortiz (R., Texas).";
    AttributionDocument d = doc(t, mention(t, "Jane Ortiz", "PER"));
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Rep. Jane Ortiz");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void factBoxLinesAreNotClaims() {
    assertThat(EXTRACTOR.extract(doc("TARGET: One police officer wounded\nWHEN: Sunday night\nWHERE: Kabul"))).isEmpty();
  }

  @Test
  void intelligenceServiceWithoutAnOrganisationMention() {
    AttributionDocument d = doc("Turkish intelligence claimed that the bomber was Syrian.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Turkish intelligence");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.ORGANISATION);
  }

  @Test
  void pressOfficeOfAMinistry() {
    AttributionDocument d = doc("The ministry's press office confirmed that two people died.");
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("The ministry's press office");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.ORGANISATION);
  }

  @Test
  void wingOfANamedGroup() {
    String t = "Hamas' military wing said it fired the rockets.";
    AttributionDocument d = doc(t, mention(t, "Hamas", "ORG"));
    Attribution a = only(d);
    assertThat(text(d, a.source())).isEqualTo("Hamas' military wing");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.ORGANISATION);
  }

  @Test
  void itAddedWithoutThatIsTheOrganisationBefore() {
    String t = "The Red Cross said 12 people died. It added 40 people were injured.";
    AttributionDocument d = doc(t, mention(t, "Red Cross", "ORG"));
    Attribution a = last(d);
    assertThat(text(d, a.source())).isEqualTo("It");
    assertThat(text(d, a.resolvedSource())).isEqualTo("Red Cross");
    assertThat(a.content().get(0).of(t)).isEqualTo("40 people were injured");
  }

  @Test
  void heSaidWithoutThatIsThePersonBefore() {
    String t = "John Kerry met the envoy. He said the talks had failed.";
    AttributionDocument d = doc(t, mention(t, "John Kerry", "PER"));
    Attribution a = only(d);
    assertThat(text(d, a.resolvedSource())).isEqualTo("John Kerry");
    assertThat(a.content().get(0).of(t)).isEqualTo("the talks had failed");
  }

  @Test
  void theAgencyIsTheOrganisationBefore() {
    String t = "Interpol issued a notice. The agency said the suspect had fled.";
    AttributionDocument d = doc(t, mention(t, "Interpol", "ORG"));
    assertThat(text(d, last(d).resolvedSource())).isEqualTo("Interpol");
  }

  @Test
  void theCompanyIsTheOrganisationBefore() {
    String t = "Acme Corp cut jobs. The company said sales had fallen.";
    AttributionDocument d = doc(t, mention(t, "Acme Corp", "ORG"));
    Attribution a = only(d);
    assertThat(text(d, a.resolvedSource())).isEqualTo("Acme Corp");
    assertThat(a.sourceKind()).isEqualTo(SourceKind.ORGANISATION);
  }

  @Test
  void continuingAnOperationIsNoStatement() {
    assertThat(EXTRACTOR.extract(doc("The army continued operations in the north."))).isEmpty();
    AttributionDocument speech = doc("“We are ready,” he continued.");
    assertThat(text(speech, only(speech).cue())).isEqualTo("continued");
  }

  @Test
  void offeringARewardIsNoStatement() {
    String t = "The US is offering a reward for his capture.";
    assertThat(EXTRACTOR.extract(doc(t, mention(t, "US", "LOC")))).isEmpty();
  }

  @Test
  void beingKnownOrDubbedIsNoStatement() {
    assertThat(EXTRACTOR.extract(doc("He was known as the butcher of the north."))).isEmpty();
    assertThat(EXTRACTOR.extract(doc("He was dubbed “the butcher” by the press."))).isEmpty();
  }
}
