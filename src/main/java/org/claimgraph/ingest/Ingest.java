package org.claimgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.ingest.InputFiles.InputFile;
import org.claimgraph.tables.Tables;

/**
 * The ingest stage: read articles in any supported format, normalise them, reject bad records with
 * a reason, and drop exact duplicates.
 *
 * <p>Plan: each format's reader yields {@link RawRecord} rows; {@code limit} keeps the first N by
 * input order; {@link RecordValidator} normalises and checks; {@link Deduplication} labels the
 * outcome. That labelled Dataset is <b>persisted (memory and disk)</b>: the counts are one Spark
 * aggregation over it, and the returned articles and rejected Datasets are filters of it, so the
 * input is read once for all three.
 */
public final class Ingest {
  private Ingest() {}

  /** {@code Tables.ARTICLES} without the columns the NLP and table stages add. */
  public static final StructType ARTICLES_SCHEMA = without(Tables.ARTICLES.schema(), "sentence_count", "token_count",
      "story_id", "minhash");

  public static IngestResult read(SparkSession spark, IngestOptions options, String runId) {
    List<InputFile> files = InputFiles.resolve(spark.sparkContext().hadoopConfiguration(), options.inputs(),
        options.format());
    Dataset<Row> raw = readAll(spark, files, options);
    if (options.limit() > 0) {
      raw = firstRecords(raw, options.limit());
    }
    int maxTextChars = options.maxTextChars();
    BadDatePolicy badDate = options.badDate();
    Dataset<Row> validated = raw.map((MapFunction<Row, Row>) r -> RecordValidator.validate(r, maxTextChars, badDate),
        Encoders.row(RecordValidator.SCHEMA));
    Dataset<Row> labelled = Deduplication.label(validated).persist(StorageLevel.MEMORY_AND_DISK());

    Map<String, Long> byOutcome = new java.util.HashMap<>();
    for (Row r : labelled.groupBy(Deduplication.OUTCOME).count().collectAsList()) {
      byOutcome.put(r.getString(0), r.getLong(1));
    }
    long accepted = byOutcome.getOrDefault(Deduplication.ACCEPTED, 0L);
    long rejected = byOutcome.getOrDefault(Deduplication.REJECTED, 0L);
    long duplicates = byOutcome.getOrDefault(Deduplication.DUPLICATE, 0L);
    IngestCounts counts = new IngestCounts(accepted + rejected + duplicates, accepted, rejected, duplicates);

    Dataset<Row> articles = conform(labelled.filter(col(Deduplication.OUTCOME).equalTo(Deduplication.ACCEPTED))
        .withColumn("run_id", lit(runId)), ARTICLES_SCHEMA);
    if (options.partitions() > 0) {
      articles = articles.repartition(options.partitions());
    }
    Dataset<Row> rejectedRows = conform(labelled.filter(col(Deduplication.OUTCOME).equalTo(Deduplication.REJECTED))
        .withColumn("run_id", lit(runId)), Tables.REJECTED.schema());
    return new IngestResult(articles, rejectedRows, counts);
  }

  /**
   * Lists the inputs that live on the local file system, with a plain Hadoop configuration, so that a
   * missing or empty input, or a file given as Parquet that is not, stops the run before Spark starts and
   * the model loads. Inputs on other file systems (HDFS, S3) are left to {@link #read}, which has the
   * cluster's configuration and credentials.
   *
   * @return the number of local input files found
   */
  public static int checkLocalInputs(IngestOptions options) {
    Configuration conf = new Configuration();
    List<String> local = new ArrayList<>();
    for (String input : options.inputs()) {
      try {
        if ("file".equals(new org.apache.hadoop.fs.Path(input).getFileSystem(conf).getScheme())) {
          local.add(input);
        }
      } catch (java.io.IOException | RuntimeException e) {
        // Not a local path we can judge here; Spark reports it with the cluster's settings.
      }
    }
    if (local.isEmpty()) {
      return 0;
    }
    List<InputFile> files = InputFiles.resolve(conf, local, options.format());
    files.stream().filter(f -> f.format() == InputFormat.PARQUET).forEach(f -> ParquetReader.requireParquet(f, conf));
    return files.size();
  }

  private static Dataset<Row> readAll(SparkSession spark, List<InputFile> files, IngestOptions options) {
    Map<InputFormat, List<InputFile>> byFormat = files.stream()
        .collect(Collectors.groupingBy(InputFile::format, () -> new EnumMap<>(InputFormat.class), Collectors.toList()));
    List<Dataset<Row>> parts = new ArrayList<>();
    byFormat.forEach((format, group) -> parts.add(switch (format) {
      case JSONL -> PerFileReader.readAll(spark, group,
          new JsonLinesReader(options.columns(), options.maxTextChars(), options.limit(),
              options.maxDecompressedBytes()));
      case CSV -> PerFileReader.readAll(spark, group, new CsvReader(options.columns(), options.limit(),
          options.maxDecompressedBytes()));
      case TEXT -> PerFileReader.readAll(spark, group, new TextFileReader(options.maxPageBytes(),
          options.maxDecompressedBytes()));
      case HTML -> PerFileReader.readAll(spark, group, new HtmlFileReader(options.maxPageBytes(),
          options.maxDecompressedBytes()));
      case PARQUET -> ParquetReader.read(spark, group, options.columns(), options.limit());
      case AUTO -> throw new IllegalStateException("InputFiles resolves AUTO to a concrete format");
    }));
    Dataset<Row> all = parts.get(0);
    for (Dataset<Row> part : parts.subList(1, parts.size())) {
      all = all.unionByName(part);
    }
    return all;
  }

  /**
   * The first {@code limit} records in input order, without sorting all records: one small
   * aggregation gives the record count of each file (one row per file), from which each file's
   * starting offset follows. Readers already stop each file after {@code limit} records, so the
   * extra pass reads at most that many records per file.
   */
  private static Dataset<Row> firstRecords(Dataset<Row> raw, long limit) {
    List<Row> perFile = raw.groupBy("source_file").agg(max("record_index")).orderBy("source_file").collectAsList();
    List<Column> offsets = new ArrayList<>();
    long offset = 0;
    for (Row r : perFile) {
      if (offset >= limit) {
        break;
      }
      offsets.add(lit(r.getString(0)));
      offsets.add(lit(offset));
      offset += r.getLong(1);
    }
    Column fileOffset = functions.element_at(functions.map(offsets.toArray(Column[]::new)), col("source_file"));
    return raw.filter(fileOffset.isNotNull().and(fileOffset.plus(col("record_index")).leq(limit)));
  }

  /**
   * Selects the schema's columns in order, re-encodes them (which enforces the non-null columns) and
   * attaches the column comments, so the Dataset has exactly that schema.
   */
  private static Dataset<Row> conform(Dataset<Row> df, StructType schema) {
    Column[] columns = Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
    Column[] documented = Arrays.stream(schema.fields()).map(f -> col(f.name()).as(f.name(), f.metadata()))
        .toArray(Column[]::new);
    return df.select(columns).map((MapFunction<Row, Row>) r -> r, Encoders.row(schema)).select(documented);
  }

  private static StructType without(StructType schema, String... names) {
    List<String> drop = List.of(names);
    return new StructType(Arrays.stream(schema.fields()).filter(f -> !drop.contains(f.name()))
        .toArray(StructField[]::new));
  }
}
