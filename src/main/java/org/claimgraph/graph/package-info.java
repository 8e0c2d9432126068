/**
 * Fifth stage: from resolved mentions and claims to co-occurrences, claim edges and daily
 * aggregates, counting near-duplicate stories once.
 */
package org.claimgraph.graph;
