/**
 * What the two taggers of the nlp stage share to learn: feature hashing and its index, word
 * shapes, the training order and the compact model form.
 */
package org.claimgraph.nlp.learning;
