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
 * A record that spans lines but breaks RFC 4180 quoting is an unbalanced quote ({@link CsvQuotes}): its
 * first line is rejected and the lines it swallowed are parsed again as rows of their own.
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
    CsvParserSettings oneLine = settings.clone();
    oneLine.setHeaderExtractionEnabled(false);
    CsvParser lineParser = new CsvParser(oneLine);
    try {
      Reader reader = new InputStreamReader(PerFileReader.open(file, conf, maxDecompressedBytes),
          StandardCharsets.UTF_8);
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
      private final java.util.ArrayDeque<Row> swallowed = new java.util.ArrayDeque<>();

      @Override
      public boolean hasNext() {
        if (!swallowed.isEmpty()) {
          return true;
        }
        if (next == null && !failed && (limit == 0 || rows < limit)) {
          try {
            next = parser.parseNext();
          } catch (RuntimeException e) {
            failed = true;
            tooLarge = CappedInputStream.find(e);
            next = new String[] {"\u0000failure",
                String.valueOf(tooLarge != null ? tooLarge.getMessage() : e.getMessage())};
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
        if (!swallowed.isEmpty()) {
          return swallowed.poll();
        }
        String[] values = next;
        next = null;
        rows++;
        if (!failed && CsvQuotes.multiLine(values)) {
          String raw = parser.getContext().currentParsedContent();
          if (raw != null && !CsvQuotes.wellFormed(raw)) {
            return unbalanced(raw);
          }
        }
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

      /**
       * The record's first physical line is the row with the bad quote: rejected. Each line it swallowed
       * is parsed again on its own, and kept when that gives a well-formed row of the header's width, so
       * the rows after a broken one are neither lost nor merged into it.
       */
      private Row unbalanced(String raw) {
        String[] physical = raw.split("\r?\n|\r", -1);
        long brokenRow = rows;
        int kept = 0;
        for (int i = 1; i < physical.length; i++) {
          if (physical[i].isBlank() || (limit > 0 && rows >= limit)) {
            continue;
          }
          rows++;
          String[] v = CsvQuotes.wellFormed(physical[i]) ? lineParser.parseLine(physical[i]) : null;
          if (v != null && header != null && v.length == header.length) {
            swallowed.add(record(v, physical[i]));
            kept++;
          } else {
            swallowed.add(RawRecord.rejected(file.path(), rows, rows, null, Reason.UNBALANCED_QUOTE,
                "this line was swallowed by the unclosed quote of row " + brokenRow + " and is not a whole row "
                    + "on its own", RawRecord.excerpt(physical[i])));
          }
        }
        String[] own = lineParser.parseLine(physical[0].replace("\"", ""));
        String id = own != null && index[Field.ID.ordinal()] >= 0 && index[Field.ID.ordinal()] < own.length
            ? own[index[Field.ID.ordinal()]] : null;
        return RawRecord.rejected(file.path(), brokenRow, brokenRow, id, Reason.UNBALANCED_QUOTE,
            "a quote in this row is never closed, so the parser ran on into the next " + (physical.length - 1)
                + " line(s); this row is rejected, " + kept + " of the lines after it were read again as rows",
            RawRecord.excerpt(physical[0]));
      }

      private Row record(String[] values, String excerpt) {
        return RawRecord.fields(file.path(), rows, rows, value(values, Field.ID), value(values, Field.URL),
            value(values, Field.OUTLET), value(values, Field.TITLE), value(values, Field.PUBLISHED),
            value(values, Field.TEXT), RawRecord.excerpt(excerpt));
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
