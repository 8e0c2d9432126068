/**
 * Span scoring with conlleval semantics, below both the NER trainer (early stopping on dev) and the
 * evaluations in quality that report the same figures. Imports no other claimgraph package.
 */
package org.claimgraph.scoring;
