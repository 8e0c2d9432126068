package org.claimgraph.attribution;

/**
 * A reason the rules distrust a cue word they found. Without a trained {@link CueScorer} each veto
 * drops the attribution; with one, the vetoes become evidence the scorer weighs against the rest of
 * the context, because PolNeAR's annotators mark many vetoed cues as real ("did not respond to",
 * "Trump wrote" with "wrote" tagged as a noun).
 */
public enum RuleVeto {
  /** The tagger does not call the cue word a verb ("his plans", "in writing"). */
  NOT_A_VERB,
  /** A determiner before it: "the said agreement", "a call". */
  AFTER_DETERMINER,
  /** "asked not to be named": a request about the speaker. */
  NOT_TO,
  /** An infinitive is mostly a plan or a wish: "wants to see", "plans to back". */
  INFINITIVE,
  /** A participle used as an adjective: "758 pledged delegates". */
  PARTICIPLE_ADJECTIVE,
  /** Negated in its auxiliary chain: "did not say", "never claimed". */
  NEGATED,
  /** The sentence asks rather than reports. */
  QUESTION,
  /** "I", "we" or "you" speaking inside a quotation the quote finder could not pair up. */
  SPEAKER_INSIDE_QUOTE
}
