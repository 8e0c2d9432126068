/**
 * Hadoop's local filesystem with permissions, owners and links through java.nio, registered by
 * {@code SparkSessions}: without Hadoop's native library the stock one starts a process for each.
 */
package org.claimgraph.job.localfs;
