package org.claimgraph.attribution.rules;

import org.claimgraph.attribution.Attribution;

/**
 * One way of finding an attribution at a cue word, as a sieve in Stanford CoreNLP's quote attribution
 * is one way of finding a speaker. A rule may mark the quotes it takes as used in the state, so that
 * the order rules run in (see {@link AttributionRules}) decides who owns a quote.
 */
interface CueRule {
  /** The attribution with its cue at word {@code cue}, or null when the rule finds none there. */
  Attribution find(int cue, ExtractionState state);
}
