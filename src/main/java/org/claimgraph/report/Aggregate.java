package org.claimgraph.report;

/**
 * One question the dashboard answers, as Spark SQL over the published views (the same views
 * {@code claimgraph sql} queries): the chart and the Parquet file of that name both hold its rows.
 */
public record Aggregate(String name, String question, String sql) {}
