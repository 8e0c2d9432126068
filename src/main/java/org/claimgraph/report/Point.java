package org.claimgraph.report;

/** One figure of a chart: {@code value} of {@code series} at {@code key} (a date, an outlet, a stage). */
public record Point(String series, String key, double value) {}
