package org.claimgraph.ingest;

import java.util.List;
import java.util.Objects;
import org.claimgraph.ClaimgraphException;

/**
 * What to read and how.
 *
 * @param inputs files, directories (read recursively), globs or URIs Hadoop understands
 * @param limit 0 = all records; otherwise only the first N input records in input order (files
 *     sorted by path, then position in the file)
 * @param partitions repartition the accepted articles to this many partitions; 0 leaves them
 */
public record IngestOptions(List<String> inputs, InputFormat format, ColumnMapping columns,
                            int maxTextChars, BadDatePolicy badDate, long limit, int partitions) {

  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;

  public IngestOptions {
    Objects.requireNonNull(inputs, "inputs");
    inputs = List.copyOf(inputs);
    format = format == null ? InputFormat.AUTO : format;
    columns = columns == null ? ColumnMapping.defaults() : columns;
    badDate = badDate == null ? BadDatePolicy.REJECT : badDate;
    if (inputs.isEmpty()) {
      throw ClaimgraphException.of("no input given", "ingest needs at least one file, directory or glob.",
          "pass one or more input paths.");
    }
    if (maxTextChars <= 0 || limit < 0 || partitions < 0) {
      throw ClaimgraphException.of("invalid ingest options",
          "maxTextChars must be > 0, limit and partitions >= 0 (got " + maxTextChars + ", " + limit + ", "
              + partitions + ").",
          "use positive numbers; 0 means 'all' for limit and 'leave as is' for partitions.");
    }
  }

  /** Defaults for everything but the inputs: AUTO format, default columns, 1M chars, REJECT, all, as is. */
  public static IngestOptions of(String... inputs) {
    return new IngestOptions(List.of(inputs), InputFormat.AUTO, ColumnMapping.defaults(), DEFAULT_MAX_TEXT_CHARS,
        BadDatePolicy.REJECT, 0, 0);
  }

  public IngestOptions withFormat(InputFormat f) {
    return new IngestOptions(inputs, f, columns, maxTextChars, badDate, limit, partitions);
  }

  public IngestOptions withColumns(ColumnMapping c) {
    return new IngestOptions(inputs, format, c, maxTextChars, badDate, limit, partitions);
  }

  public IngestOptions withMaxTextChars(int n) {
    return new IngestOptions(inputs, format, columns, n, badDate, limit, partitions);
  }

  public IngestOptions withBadDate(BadDatePolicy p) {
    return new IngestOptions(inputs, format, columns, maxTextChars, p, limit, partitions);
  }

  public IngestOptions withLimit(long n) {
    return new IngestOptions(inputs, format, columns, maxTextChars, badDate, n, partitions);
  }

  public IngestOptions withPartitions(int n) {
    return new IngestOptions(inputs, format, columns, maxTextChars, badDate, limit, n);
  }
}
