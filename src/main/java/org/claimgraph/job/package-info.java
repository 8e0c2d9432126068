/**
 * The top: the command line (run, train, eval, sql, export, optimize, bench, tables), the run
 * configuration and the one place Spark sessions are created. Drives every stage in data-flow order.
 */
package org.claimgraph.job;
