package org.claimgraph.attribution;

/**
 * A reason the rules distrust a cue word they found. Without a trained {@link CueScorer} each veto
 * drops the attribution; with one, the vetoes become evidence the scorer weighs against the rest of
 * the context, because PolNeAR's annotators mark many vetoed cues as real ("did not respond to",
 * "Trump wrote" with "wrote" tagged as a noun).
 */
public enum RuleVeto {
  /** The tagger does not call the cue word a verb ("his plans", "in writing"). */
  NOT_A_VERB(false),
  /** A determiner before it: "the said agreement", "a call". */
  AFTER_DETERMINER(true),
  /** "asked not to be named": a request about the speaker. */
  NOT_TO(false),
  /** An infinitive is mostly a plan or a wish: "wants to see", "plans to back". */
  INFINITIVE(false),
  /** A participle used as an adjective: "758 pledged delegates". */
  PARTICIPLE_ADJECTIVE(false),
  /** Negated in its auxiliary chain: "did not say", "never claimed". */
  NEGATED(false),
  /** The sentence asks rather than reports. */
  QUESTION(true),
  /** "I", "we" or "you" speaking inside a quotation the quote finder could not pair up. */
  SPEAKER_INSIDE_QUOTE(true),
  /** The verb names an act, not speech: "continued operations", "offering a reward", "known as". */
  NOT_SPEECH(true);

  private final boolean absolute;

  RuleVeto(boolean absolute) {
    this.absolute = absolute;
  }

  /** Drops the cue even when a scorer would keep it. */
  public boolean absolute() {
    return absolute;
  }
}
