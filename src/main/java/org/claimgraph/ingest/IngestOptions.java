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
 * @param maxDecompressedBytes a compressed file that expands to more is rejected as file_too_large (line
 *     formats keep the records before the cap)
 * @param maxPageBytes a .txt or .html page (after decompression) larger than this is rejected as
 *     file_too_large without being held in memory whole
 */
public record IngestOptions(List<String> inputs, InputFormat format, ColumnMapping columns,
                            int maxTextChars, BadDatePolicy badDate, long limit, int partitions,
                            long maxDecompressedBytes, long maxPageBytes) {

  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 4L << 30;
  public static final long DEFAULT_MAX_PAGE_BYTES = 64L << 20;

  public IngestOptions(List<String> inputs, InputFormat format, ColumnMapping columns, int maxTextChars,
                       BadDatePolicy badDate, long limit, int partitions) {
    this(inputs, format, columns, maxTextChars, badDate, limit, partitions, DEFAULT_MAX_DECOMPRESSED_BYTES,
        DEFAULT_MAX_PAGE_BYTES);
  }

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
    if (maxDecompressedBytes <= 0 || maxPageBytes <= 0) {
      throw ClaimgraphException.of("invalid ingest options",
          "maxDecompressedBytes and maxPageBytes must be > 0 (got " + maxDecompressedBytes + ", " + maxPageBytes + ").",
          "use positive byte counts.");
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
    return new IngestOptions(inputs, f, columns, maxTextChars, badDate, limit, partitions,
        maxDecompressedBytes, maxPageBytes);
  }

  public IngestOptions withColumns(ColumnMapping c) {
    return new IngestOptions(inputs, format, c, maxTextChars, badDate, limit, partitions,
        maxDecompressedBytes, maxPageBytes);
  }

  public IngestOptions withMaxTextChars(int n) {
    return new IngestOptions(inputs, format, columns, n, badDate, limit, partitions,
        maxDecompressedBytes, maxPageBytes);
  }

  public IngestOptions withBadDate(BadDatePolicy p) {
    return new IngestOptions(inputs, format, columns, maxTextChars, p, limit, partitions,
        maxDecompressedBytes, maxPageBytes);
  }

  public IngestOptions withLimit(long n) {
    return new IngestOptions(inputs, format, columns, maxTextChars, badDate, n, partitions,
        maxDecompressedBytes, maxPageBytes);
  }

  public IngestOptions withPartitions(int n) {
    return new IngestOptions(inputs, format, columns, maxTextChars, badDate, limit, n,
        maxDecompressedBytes, maxPageBytes);
  }

  public IngestOptions withMaxDecompressedBytes(long n) {
    return new IngestOptions(inputs, format, columns, maxTextChars, badDate, limit, partitions, n, maxPageBytes);
  }

  public IngestOptions withMaxPageBytes(long n) {
    return new IngestOptions(inputs, format, columns, maxTextChars, badDate, limit, partitions,
        maxDecompressedBytes, n);
  }
}
