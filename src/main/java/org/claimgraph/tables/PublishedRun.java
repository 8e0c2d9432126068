package org.claimgraph.tables;

import java.util.Map;

/**
 * A run whose {@code runs} row is committed, with the Delta version of every table it left. Reading
 * every table at these versions gives one consistent state of the output.
 */
public record PublishedRun(String runId, Map<String, Long> versions) {
  public PublishedRun {
    versions = Map.copyOf(versions);
  }
}
