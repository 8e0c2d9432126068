package org.claimgraph.attribution;

import java.io.Serializable;
import java.util.List;
import org.claimgraph.attribution.rules.AttributionRules;

/**
 * Finds attributions (source, cue, content) in one document with rules over tokens, POS tags,
 * quotation marks and entity mentions. Pure Java; one instance is immutable and thread-safe.
 *
 * <p>Conventions follow PolNeAR: a cue is the reporting verb (or "according to", or a colon before
 * a quote); quoted content keeps its quotation marks; reported content starts right after the cue
 * (keeping "that") and stops before the sentence-final punctuation; quotes that directly follow an
 * attribution and have no cue of their own are further content of it. Cues inside quotations are
 * ignored (PolNeAR does not annotate nested attributions). The rules themselves are in {@link
 * AttributionRules}.
 */
public final class AttributionExtractor implements Serializable {
  private final CueLexicon lexicon;

  public AttributionExtractor(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static AttributionExtractor standard() {
    return new AttributionExtractor(CueLexicon.bundled());
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
    return AttributionRules.candidates(lexicon, doc, keepVetoed);
  }
}
