package org.claimgraph.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.claimgraph.ingest.ColumnMapping.Field;
import org.claimgraph.ingest.InputFiles.InputFile;

/**
 * CSV with a header row (RFC 4180 quoting; quoted fields may span lines), parsed with the
 * univocity parser Spark itself ships. Read per file so that {@code position} is the data row number
 * (1 = first row after the header). Columns are found by header name through {@link ColumnMapping}.
 * Bytes are decoded as UTF-8 with invalid sequences replaced by U+FFFD (unlike JSON Lines, CSV
 * has no per-record byte boundary to report against before parsing).
 */
final class CsvReader implements PerFileReader {
  private static final long serialVersionUID = 1L;

  private final ColumnMapping columns;
  private final long limit;
  private final long maxDecompressedBytes;

  CsvReader(ColumnMapping columns, long limit, long maxDecompressedBytes) {
    this.columns = columns;
    this.limit = limit;
    this.maxDecompressedBytes = maxDecompressedBytes;
  }

  @Override
  public Iterator<Row> read(InputFile file, Configuration conf) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(true);
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(4096);
    settings.setSkipEmptyLines(true);
    CsvParser parser = new CsvParser(settings);
    try {
      Reader reader = new InputStreamReader(PerFileReader.open(file, conf, maxDecompressedBytes), StandardCharsets.UTF_8);
      parser.beginParsing(reader);
    } catch (IOException | RuntimeException e) {
      return List.of(RawRecord.rejected(file.path(), null, 1, null, Reason.UNREADABLE_FILE,
          "cannot open or parse the CSV file: " + e, null)).iterator();
    }
    String[] header = parser.getContext().headers();
    List<String> names = header == null ? List.of() : Arrays.asList(header);
    int[] index = new int[Field.values().length];
    for (Field f : Field.values()) {
      index[f.ordinal()] = names.indexOf(columns.resolve(f, names));
    }
    return new Iterator<>() {
      private long rows;
      private String[] next;
      private boolean failed;
      private CappedInputStream.TooLargeException tooLarge;

      @Override
      public boolean hasNext() {
        if (next == null && !failed && (limit == 0 || rows < limit)) {
          try {
            next = parser.parseNext();
          } catch (RuntimeException e) {
            failed = true;
            tooLarge = CappedInputStream.find(e);
            next = new String[] {"\u0000failure", String.valueOf(tooLarge != null ? tooLarge.getMessage() : e.getMessage())};
          }
          if (next == null) {
            stop();
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String[] values = next;
        next = null;
        rows++;
        if (failed) {
          stop();
          if (tooLarge != null) {
            return RawRecord.rejected(file.path(), null, rows, null, Reason.FILE_TOO_LARGE,
                values[1] + " (max-decompressed-bytes); the " + (rows - 1) + " rows before were kept", null);
          }
          return RawRecord.rejected(file.path(), null, rows, null, Reason.UNREADABLE_FILE,
              "the CSV parser stopped after " + (rows - 1) + " rows: " + values[1], null);
        }
        return RawRecord.fields(file.path(), rows, rows, value(values, Field.ID), value(values, Field.URL),
            value(values, Field.OUTLET), value(values, Field.TITLE), value(values, Field.PUBLISHED),
            value(values, Field.TEXT), RawRecord.excerpt(String.join(",", nonNull(values))));
      }

      /** Univocity rethrows the read error on close; everything was reported already. */
      private void stop() {
        try {
          parser.stopParsing();
        } catch (RuntimeException e) {
          // Nothing left to read or report.
        }
      }

      private String value(String[] values, Field f) {
        int i = index[f.ordinal()];
        return i >= 0 && i < values.length ? values[i] : null;
      }
    };
  }

  private static String[] nonNull(String[] values) {
    return Arrays.stream(values).map(v -> v == null ? "" : v).toArray(String[]::new);
  }
}
