package org.claimgraph.ingest;

/** What to do with a {@code published} value that is present but unparseable or implausible. */
public enum BadDatePolicy {
  /** Reject the record with reason {@code bad_date}. */
  REJECT,
  /** Keep the article with {@code published = null}. */
  KEEP_NULL
}
