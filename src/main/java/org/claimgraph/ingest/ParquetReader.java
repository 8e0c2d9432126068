package org.claimgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ingest.ColumnMapping.Field;
import org.claimgraph.ingest.InputFiles.InputFile;

/**
 * Parquet through Spark's own reader (splittable, column pruning). {@code position} is the row
 * number in the file (1-based, from Spark's {@code _metadata.row_index}). Columns are found by name
 * through {@link ColumnMapping} and cast to string, so a numeric id column becomes its decimal text
 * (Parquet columns are typed per file, unlike a JSON value per record, so there is no per-record
 * type error to report). All files of one run must share a schema.
 */
final class ParquetReader {
  private ParquetReader() {}

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  static Dataset<Row> read(SparkSession spark, List<InputFile> files, ColumnMapping columns, long limit) {
    // Spark's reader fails the job on a file it cannot open, so such files are found and rejected first.
    List<InputFile> readable = new ArrayList<>();
    List<Row> unreadable = new ArrayList<>();
    for (InputFile f : files) {
      try (InputStream in = PerFileReader.open(f, spark.sparkContext().hadoopConfiguration())) {
        requireParquet(f, in);
        readable.add(f);
      } catch (IOException e) {
        unreadable.add(RawRecord.rejected(f.path(), null, 1, null, Reason.UNREADABLE_FILE,
            "cannot read the Parquet file: " + e, null));
      }
    }
    Dataset<Row> rejected = spark.createDataFrame(unreadable, RawRecord.SCHEMA);
    return readable.isEmpty() ? rejected : readReadable(spark, readable, columns, limit).unionByName(rejected);
  }

  /**
   * As the reader checks it, for a file read before Spark starts; a file that cannot be opened is left
   * to {@link #read}, which rejects it as unreadable.
   */
  static void requireParquet(InputFile file, Configuration conf) {
    try (InputStream in = PerFileReader.open(file, conf)) {
      requireParquet(file, in);
    } catch (IOException e) {
      // rejected by read() as unreadable_file
    }
  }

  /**
   * A file that opens but is not Parquet (often JSON or CSV given {@code --format parquet}) would end
   * Spark's reader, and the run, with a stack trace: it is stopped here with what to do instead.
   */
  private static void requireParquet(InputFile file, InputStream in) throws IOException {
    byte[] head = in.readNBytes(MAGIC.length);
    if (!Arrays.equals(head, MAGIC)) {
      String start = new String(head, StandardCharsets.ISO_8859_1);
      throw ClaimgraphException.of(file.path() + " is not a Parquet file.",
          "A Parquet file starts with the bytes PAR1; this one " + (head.length == 0 ? "is empty."
              : start.matches("[\\x20-\\x7e]+") ? "starts with '" + start + "'." : "does not."),
          "Give the format the file is in (--format jsonl, csv, text or html), or leave --format out to go by "
              + "the file extension.");
    }
  }

  private static Dataset<Row> readReadable(SparkSession spark, List<InputFile> files, ColumnMapping columns,
                                           long limit) {
    Dataset<Row> df = spark.read().parquet(files.stream().map(InputFile::path).toArray(String[]::new));
    List<String> available = Arrays.asList(df.columns());
    List<Column> out = new ArrayList<>();
    out.add(col("_metadata.file_path").as("source_file"));
    out.add(col("_metadata.row_index").plus(1).as("position"));
    out.add(col("_metadata.row_index").plus(1).as("record_index"));
    List<Column> excerptParts = new ArrayList<>();
    String[] targets = {"article_id", "url", "outlet", "title", "published", "text"};
    for (Field f : Field.values()) {
      String name = columns.resolve(f, available);
      Column value = name == null ? lit(null).cast("string") : col("`" + name + "`").cast("string");
      out.add(value.as(targets[f.ordinal()]));
      excerptParts.add(substring(value, 1, RawRecord.EXCERPT_CHARS).as(targets[f.ordinal()]));
    }
    out.add(lit(null).cast("string").as("reason"));
    out.add(lit(null).cast("string").as("detail"));
    out.add(substring(to_json(struct(excerptParts.toArray(Column[]::new))), 1, RawRecord.EXCERPT_CHARS)
        .as("excerpt"));
    Dataset<Row> raw = df.select(out.toArray(Column[]::new));
    return limit > 0 ? raw.filter(col("record_index").leq(limit)) : raw;
  }
}
