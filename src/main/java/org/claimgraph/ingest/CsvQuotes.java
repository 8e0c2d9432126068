package org.claimgraph.ingest;

/**
 * Tells a legitimate quoted multi-line field from an unbalanced quote that swallowed the rows after it.
 * An opening quote left unclosed runs on until the next quote in the file, which is really the opening
 * quote of some later field: so the "closing" quote is followed by text instead of a comma or the line
 * end, or a later quote lands inside an unquoted field, or the field never closes at all. A well-formed
 * multi-line record (RFC 4180) shows none of these.
 */
final class CsvQuotes {
  private CsvQuotes() {}

  /** True when the raw text of one record follows RFC 4180 quoting (comma-delimited). */
  static boolean wellFormed(String raw) {
    boolean inQuotes = false;
    boolean fieldStart = true;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && raw.charAt(i + 1) == '"') {
            i++;
            continue;
          }
          inQuotes = false;
          int j = i + 1;
          while (j < n && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) {
            j++;
          }
          if (j < n && raw.charAt(j) != ',' && raw.charAt(j) != '\n' && raw.charAt(j) != '\r') {
            return false;
          }
        }
      } else if (c == '"') {
        if (!fieldStart) {
          return false;
        }
        inQuotes = true;
        fieldStart = false;
      } else if (c == ',' || c == '\n' || c == '\r') {
        fieldStart = true;
      } else if (c != ' ' && c != '\t') {
        fieldStart = false;
      }
    }
    return !inQuotes;
  }

  /** True when some value of a parsed record spans physical lines: the only records worth checking. */
  static boolean multiLine(String[] values) {
    for (String v : values) {
      if (v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
        return true;
      }
    }
    return false;
  }
}
