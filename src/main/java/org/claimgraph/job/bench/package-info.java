/**
 * The whole-job benchmark ({@code claimgraph bench --whole}): the unchanged {@code run} command in a
 * child JVM per corpus size and core count, so JVM start and the process's memory are real, timed
 * stage by stage and written out as a table, JSON and an SVG chart.
 */
package org.claimgraph.job.bench;
