/**
 * The named-entity tagger of the nlp stage: an averaged structured perceptron over BILOU tags with
 * its features, Brown clusters, training and model format, wrapped as a Spark ML stage.
 */
package org.claimgraph.nlp.ner;
