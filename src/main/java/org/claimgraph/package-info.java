/**
 * claimgraph: news corpora in, Delta tables of who said what about whom out. The data flows
 * ingest → nlp → attribution → actors → graph → tables, driven by job; training and quality sit
 * above the stages they train and measure. {@code LayerOrderTest} keeps the imports in that order.
 * This root package holds only what every layer shares: {@link org.claimgraph.ClaimgraphException},
 * {@link org.claimgraph.WordListResource} and {@link org.claimgraph.Secrets}.
 */
package org.claimgraph;
