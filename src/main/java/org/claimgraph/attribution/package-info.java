/**
 * Third stage: finds who said what in each sentence (the rules propose, the trained cue scorer
 * decides) and builds the claims table rows, reading the tokens, POS tags and entities of nlp.
 */
package org.claimgraph.attribution;
