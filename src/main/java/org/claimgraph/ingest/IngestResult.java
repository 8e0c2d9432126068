package org.claimgraph.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Accepted articles ({@link Ingest#ARTICLES_SCHEMA}), rejected records ({@code Tables.REJECTED}) and the counts. Both Datasets
 * derive from one Dataset that {@link Ingest#read} persisted (memory and disk) to compute the counts,
 * so writing them does not read the input again. It stays cached for the life of the session;
 * {@code articles().sparkSession().catalog().clearCache()} frees it.
 */
public record IngestResult(Dataset<Row> articles, Dataset<Row> rejected, IngestCounts counts) {}
