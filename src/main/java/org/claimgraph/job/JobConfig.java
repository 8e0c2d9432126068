package org.claimgraph.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Secrets;
import org.claimgraph.ingest.BadDatePolicy;
import org.claimgraph.ingest.ColumnMapping;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.IngestOptions;

/**
 * The one configuration every command reads ({@link CommonOptions}). Values come from
 * command-line flags, over a config file ({@code --config}, Java properties with the same keys),
 * over the defaults; every key is declared below once, typed, with its default, check and doc
 * ({@link ConfigKey}), and every value is checked before Spark starts.
 */
public final class JobConfig {
  /** The article fields {@code --column FIELD=NAME} and {@code columns.FIELD} can map. */
  static final List<String> COLUMN_FIELDS = List.of("id", "url", "outlet", "title", "published", "text");

  public static final ConfigKey<String> INPUT = ConfigKey.text("input", "",
      "Input paths, comma-separated; empty = the bundled sample corpus.");
  public static final ConfigKey<String> FORMAT = ConfigKey.choice("format", "auto",
      "jsonl, parquet, csv, text, html, or auto (by file extension).",
      "auto", "jsonl", "parquet", "csv", "text", "html");
  /** Defaults the command-line help names too (annotation values must be constants). */
  static final String DEFAULT_OUTPUT = "claimgraph-output";
  static final String DEFAULT_MODELS = "default";
  static final String DEFAULT_DATA = "../shared/data";

  public static final ConfigKey<String> OUTPUT = ConfigKey.required("output", DEFAULT_OUTPUT,
      "Output directory (local path or HDFS/S3 URI).", "The output directory is empty.",
      "Every run writes its tables somewhere.", "Pass --output DIR or set output= in the config file.");
  public static final ConfigKey<String> MODELS = ConfigKey.text("models", DEFAULT_MODELS,
      "default, a model directory, or pretrained:NAME (needs network).");
  public static final ConfigKey<String> MASTER = ConfigKey.text("master", "",
      "Spark master; empty = from spark-submit, or local[*].");
  public static final ConfigKey<String> DATA = ConfigKey.required("data", DEFAULT_DATA,
      "Folder with the open corpora train, eval and bench read (conll2003/, ud-ewt/, news/, polnear/, html/).",
      "The data folder is empty.", "train, eval and bench read their corpora from it.",
      "Pass --data DIR or set data= in the config file.");
  public static final ConfigKey<Long> LIMIT = ConfigKey.number("limit", 0, 0, Long.MAX_VALUE,
      "Read only the first N input records (0 = all).");
  public static final ConfigKey<Integer> PARTITIONS = ConfigKey.integer("partitions", 0, 0, Integer.MAX_VALUE,
      "Partitions for the NLP stage (0 = 2 per core, at most one per article).");
  // Lines are capped at 6 bytes per text char plus 1 MiB, held in one Java array.
  public static final ConfigKey<Integer> MAX_TEXT_CHARS = ConfigKey.integer("max-text-chars", 1_000_000, 1,
      (Integer.MAX_VALUE - (1 << 20)) / 6, "Longer bodies are rejected (text_too_long).");
  public static final ConfigKey<Long> MAX_DECOMPRESSED_BYTES = ConfigKey.number("max-decompressed-bytes",
      4_294_967_296L, 1, Long.MAX_VALUE, "A compressed input that expands to more bytes is "
          + "rejected (file_too_large); line formats keep the records before the cap.");
  // A page is read into one Java array.
  public static final ConfigKey<Long> MAX_PAGE_BYTES = ConfigKey.number("max-page-bytes", 67_108_864L, 1,
      Integer.MAX_VALUE - 16, "A .txt or .html page (after decompression) larger than "
          + "this is rejected (file_too_large) without being read into memory.");
  public static final ConfigKey<String> BAD_DATE = ConfigKey.choice("bad-date", "reject",
      "reject: unparseable dates go to `rejected`; keep: date null.", "reject", "keep");
  public static final ConfigKey<Long> RETENTION_HOURS = ConfigKey.number("retention-hours", 168, 1, Long.MAX_VALUE,
      "Hours of table history `claimgraph optimize` keeps "
          + "for --as-of and RESTORE; older data files no kept version needs are deleted.");
  public static final ConfigKey<String> MODE = ConfigKey.choice("mode", "merge",
      "merge: replace this input's articles in the live tables; replace: start afresh.", "merge", "replace");
  public static final ConfigKey<String> ACTOR_ALIASES = ConfigKey.text("actors.aliases", "",
      "CSV of alias,canonical_name,type rows merged into actors "
          + "(example: jobs/conf/actor-aliases.csv); empty = built-in rules only.");
  public static final ConfigKey<Integer> MAX_ACTORS_PER_ARTICLE = ConfigKey.integer("graph.max-actors-per-article",
      50, 1, Integer.MAX_VALUE,
      "Only an article's most mentioned actors form co-occurrence pairs (bounds the pair count).");
  public static final ConfigKey<Long> SMALL_RUN_ARTICLES = ConfigKey.number("small-run-articles", 500, 0,
      Long.MAX_VALUE, "A run whose articles, with those already in the output, are at most this many runs on one "
          + "shuffle partition without code generation or adaptive execution, which cost more than they save on "
          + "so few rows (0 = never).");

  /** In the config file, {@code conf.KEY = VALUE} passes the Spark setting KEY, as {@code --conf KEY=VALUE} does. */
  static final String SPARK_PREFIX = "conf.";

  /** Every key by name, in the order of the properties file. */
  public static final Map<String, ConfigKey<?>> KEYS = keys();

  private static Map<String, ConfigKey<?>> keys() {
    Map<String, ConfigKey<?>> k = new LinkedHashMap<>();
    for (ConfigKey<?> key : List.of(INPUT, FORMAT, OUTPUT, MODELS, MASTER, DATA, LIMIT, PARTITIONS, MAX_TEXT_CHARS,
        MAX_DECOMPRESSED_BYTES, MAX_PAGE_BYTES, BAD_DATE, RETENTION_HOURS, MODE, ACTOR_ALIASES,
        MAX_ACTORS_PER_ARTICLE, SMALL_RUN_ARTICLES)) {
      k.put(key.name(), key);
    }
    for (String column : COLUMN_FIELDS) {
      ConfigKey<String> key = column(column);
      k.put(key.name(), key);
    }
    return Collections.unmodifiableMap(k);
  }

  /** The key {@code columns.FIELD}: the input column holding an article field. */
  static ConfigKey<String> column(String field) {
    return ConfigKey.text("columns." + field, "", "Input column holding the " + field + " (empty = usual names).");
  }

  private final Map<String, String> values;
  private final Map<String, String> sparkSettings;

  private JobConfig(Map<String, String> values, Map<String, String> sparkSettings) {
    this.values = values;
    this.sparkSettings = Collections.unmodifiableMap(sparkSettings);
  }

  /** As {@link #resolve(Path, Map, Map)} with no Spark settings from the command line. */
  public static JobConfig resolve(Path configFile, Map<String, String> flags) {
    return resolve(configFile, flags, Map.of());
  }

  /**
   * Defaults, then the file (if any), then the flags that were given (null values are ignored); the
   * Spark settings likewise: the file's {@code conf.} keys, then {@code sparkFlags}.
   */
  public static JobConfig resolve(Path configFile, Map<String, String> flags, Map<String, String> sparkFlags) {
    Map<String, String> merged = new LinkedHashMap<>();
    KEYS.forEach((name, key) -> merged.put(name, key.defaultValue()));
    Map<String, String> spark = new TreeMap<>();
    if (configFile != null) {
      readFile(configFile).forEach((key, value) -> {
        if (key.startsWith(SPARK_PREFIX)) {
          spark.put(key.substring(SPARK_PREFIX.length()), value);
        } else {
          merged.put(key, value);
        }
      });
    }
    flags.forEach((key, value) -> {
      if (value != null) {
        merged.put(checkFlagKey(key), value);
      }
    });
    spark.putAll(sparkFlags);
    JobConfig config = new JobConfig(merged, spark);
    config.validate();
    return config;
  }

  /**
   * Why {@code key} cannot be passed to Spark, or null when it can. Only {@code spark.*} keys
   * (Hadoop's as {@code spark.hadoop.*}): Spark ignores any other with a warning, so a typo would
   * pass unnoticed.
   */
  static String sparkKeyProblem(String key) {
    if (key.startsWith("spark.") && key.length() > "spark.".length()) {
      return null;
    }
    return "'" + key + "' is not a Spark setting: only spark.* keys are passed (Hadoop settings as spark.hadoop.*, "
        + "e.g. spark.hadoop.fs.s3a.endpoint).";
  }

  /** A flag key outside {@link #KEYS} can only come from {@code --column FIELD=NAME} with an unknown FIELD. */
  private static String checkFlagKey(String key) {
    if (!KEYS.containsKey(key)) {
      String field = key.startsWith("columns.") ? key.substring("columns.".length()) : key;
      throw ClaimgraphException.of("Unknown field '" + field + "' in --column " + field + "=...",
          "--column maps one of the article fields to an input column name; '" + field + "' is not a field, so "
              + "the mapping would be ignored.",
          "Use one of: " + String.join(", ", COLUMN_FIELDS) + " (e.g. --column text=body).");
    }
    return key;
  }

  private static Map<String, String> readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ClaimgraphException.of("Config file " + file + " does not exist.",
          "--config must name a Java properties file.", "Check the path, or leave --config out for defaults.");
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read config file " + file + ".", e.getMessage(),
          "Check that it is a readable Java properties file (key = value lines).", e);
    }
    Map<String, String> values = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(SPARK_PREFIX) && sparkKeyProblem(key.substring(SPARK_PREFIX.length())) != null) {
        throw ClaimgraphException.of("Key '" + key + "' in config file " + file + " is not a Spark setting.",
            sparkKeyProblem(key.substring(SPARK_PREFIX.length())), "Write it as conf.spark.KEY = VALUE.");
      }
      if (!KEYS.containsKey(key) && !key.startsWith(SPARK_PREFIX)) {
        throw ClaimgraphException.of("Unknown key '" + key + "' in config file " + file + ".",
            "claimgraph only reads the keys it documents, so a typo would otherwise be ignored silently.",
            "Use one of: " + String.join(", ", KEYS.keySet()) + ", or conf.spark.KEY for a Spark setting "
                + "(see jobs/conf/claimgraph.properties).");
      }
      values.put(key, properties.getProperty(key).trim());
    }
    return values;
  }

  private void validate() {
    KEYS.forEach((name, key) -> key.parse(get(name)));
  }

  /** The typed value of {@code key}. */
  public <T> T value(ConfigKey<T> key) {
    return key.parse(get(key.name()));
  }

  public String get(String key) {
    return values.getOrDefault(key, "");
  }

  public List<String> inputs() {
    return Arrays.stream(value(INPUT).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public String output() {
    return value(OUTPUT);
  }

  public String models() {
    return value(MODELS);
  }

  public String master() {
    return value(MASTER).isBlank() ? null : value(MASTER);
  }

  public Path data() {
    return Path.of(value(DATA));
  }

  public int partitions() {
    return value(PARTITIONS);
  }

  public long retentionHours() {
    return value(RETENTION_HOURS);
  }

  public String actorAliases() {
    return value(ACTOR_ALIASES);
  }

  public int maxActorsPerArticle() {
    return value(MAX_ACTORS_PER_ARTICLE);
  }

  public long limit() {
    return value(LIMIT);
  }

  public long smallRunArticles() {
    return value(SMALL_RUN_ARTICLES);
  }

  public boolean replace() {
    return value(MODE).equals("replace");
  }

  public IngestOptions ingestOptions(List<String> inputs) {
    ColumnMapping defaults = ColumnMapping.defaults();
    ColumnMapping columns = new ColumnMapping(
        orDefault("columns.id", defaults.id()), orDefault("columns.url", defaults.url()),
        orDefault("columns.outlet", defaults.outlet()), orDefault("columns.title", defaults.title()),
        orDefault("columns.published", defaults.published()), orDefault("columns.text", defaults.text()));
    return new IngestOptions(inputs, InputFormat.valueOf(value(FORMAT).toUpperCase(Locale.ROOT)), columns,
        value(MAX_TEXT_CHARS), value(BAD_DATE).equals("keep") ? BadDatePolicy.KEEP_NULL : BadDatePolicy.REJECT,
        value(LIMIT), 0, value(MAX_DECOMPRESSED_BYTES), value(MAX_PAGE_BYTES));
  }

  private String orDefault(String key, String fallback) {
    return get(key).isBlank() ? fallback : get(key);
  }

  /** The Spark and Hadoop settings for the session, by key: {@code --conf} over the file's {@code conf.} keys. */
  public Map<String, String> sparkSettings() {
    return sparkSettings;
  }

  /**
   * {@code key=value} lines, as the runs table records them, the Spark settings as {@code conf.KEY}:
   * secrets redacted ({@link Secrets}), since anyone who may query the tables may read them.
   */
  public String describe() {
    String own = values.entrySet().stream().map(e -> e.getKey() + "=" + Secrets.redact(e.getKey(), e.getValue()))
        .collect(Collectors.joining("\n"));
    String spark = sparkSettings.entrySet().stream()
        .map(e -> SPARK_PREFIX + e.getKey() + "=" + Secrets.redact(e.getKey(), e.getValue()))
        .collect(Collectors.joining("\n"));
    return spark.isEmpty() ? own : own + "\n" + spark;
  }
}
