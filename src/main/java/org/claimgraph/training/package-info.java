/**
 * Above the stages it trains and the evaluations it records: trains the POS and NER taggers, the
 * cue scorer and optionally the parser, saves the whole pipeline and writes the manifest and card.
 */
package org.claimgraph.training;
