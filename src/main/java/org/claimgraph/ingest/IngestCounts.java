package org.claimgraph.ingest;

/** Record counts of one ingest; {@code inputRecords == accepted + rejected + duplicates} always. */
public record IngestCounts(long inputRecords, long accepted, long rejected, long duplicates) {}
