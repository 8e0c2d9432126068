/**
 * First stage: reads the input files (JSON Lines, Parquet, CSV, text, HTML), maps columns,
 * normalises text and dates, drops exact duplicates and gives every unusable record a rejection
 * reason. Produces the articles and rejected rows the NLP stage and the tables start from.
 */
package org.claimgraph.ingest;
