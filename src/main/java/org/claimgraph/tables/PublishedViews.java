package org.claimgraph.tables;

import java.util.Optional;

/**
 * Every table as a temporary view of its own name, read at the versions one published run recorded:
 * what {@code claimgraph sql}, the report and the notebooks query, so their answers agree.
 */
public final class PublishedViews {
  private PublishedViews() {}

  /** Registers the views for the last run, or the run {@code asOf} names, and returns that run. */
  public static PublishedRun register(OutputStore store, String asOf) {
    PublishedRun run = store.requirePublished(asOf);
    // Each view reads its table at the version the run recorded, so the views agree with each other
    // even while another run is committing.
    for (TableSpec table : Tables.ALL) {
      store.read(table, Optional.of(run)).createOrReplaceTempView(table.name());
    }
    return run;
  }
}
