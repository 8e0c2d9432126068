/**
 * Beside the stages, over the published tables: the dashboard of one run (SVG charts in one page,
 * and each chart's rows as Parquet for BI tools) that {@code claimgraph report} writes.
 */
package org.claimgraph.report;
