package org.claimgraph.ingest;

import java.util.Locale;

/** Rejection reason codes, exactly those documented on {@code Tables.REJECTED.reason}. */
enum Reason {
  UNPARSEABLE, NOT_AN_OBJECT, WRONG_TYPE, BAD_ENCODING, MISSING_TEXT, EMPTY_TEXT, TEXT_TOO_LONG, BAD_DATE,
  DUPLICATE_ID, TRUNCATED_FILE, UNREADABLE_FILE, TOO_DEEP, NUMBER_TOO_LONG, RECORD_TOO_LARGE, FILE_TOO_LARGE,
  UNBALANCED_QUOTE;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
