/**
 * The part-of-speech tagger of the nlp stage: a greedy averaged perceptron giving Penn tags,
 * wrapped as a Spark ML stage whose tags the NER and attribution stages read.
 */
package org.claimgraph.nlp.pos;
