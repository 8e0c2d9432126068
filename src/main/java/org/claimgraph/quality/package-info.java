/**
 * Above the stages it measures: evaluation against gold data (CoNLL, UD, PolNeAR, HTML, actor
 * merges) and the pipeline benchmark. No stage imports it.
 */
package org.claimgraph.quality;
