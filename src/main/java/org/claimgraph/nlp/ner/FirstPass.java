package org.claimgraph.nlp.ner;

/**
 * What the first pass predicted for a document: tag indices per sentence and token, and per token
 * how far its scores preferred that tag's type over any other (0 when undecided).
 */
record FirstPass(int[][] tags, float[][] confidence) {}
