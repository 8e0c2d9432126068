/**
 * Second stage: the Spark NLP pipeline over the articles (sentences, tokens, POS, entities, then
 * the attribution stage the saved pipeline carries), the model registry, manifests and the gold
 * readers that training and evaluation share. Imports nothing from the stages after it.
 */
package org.claimgraph.nlp;
