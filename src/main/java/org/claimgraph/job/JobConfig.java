package org.claimgraph.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ingest.BadDatePolicy;
import org.claimgraph.ingest.ColumnMapping;
import org.claimgraph.ingest.InputFormat;
import org.claimgraph.ingest.IngestOptions;

/**
 * The one configuration of a run. Values come from command-line flags, over a config file
 * ({@code --config}, Java properties with the same keys), over the defaults below; everything is
 * validated before Spark starts.
 */
public final class JobConfig {
  /** The article fields {@code --column FIELD=NAME} and {@code columns.FIELD} can map. */
  static final List<String> COLUMN_FIELDS = List.of("id", "url", "outlet", "title", "published", "text");

  /** Every key, its default, and what it means; the source of the config docs and of validation. */
  public static final Map<String, String[]> KEYS = keys();

  private static Map<String, String[]> keys() {
    Map<String, String[]> k = new LinkedHashMap<>();
    k.put("input", new String[] {"", "Input paths, comma-separated; empty = the bundled sample corpus."});
    k.put("format", new String[] {"auto", "jsonl, parquet, csv, text, html, or auto (by file extension)."});
    k.put("output", new String[] {"claimgraph-output", "Output directory (local path or HDFS/S3 URI)."});
    k.put("models", new String[] {"default", "default, a model directory, or pretrained:NAME (needs network)."});
    k.put("master", new String[] {"", "Spark master; empty = from spark-submit, or local[*]."});
    k.put("limit", new String[] {"0", "Read only the first N input records (0 = all)."});
    k.put("partitions", new String[] {"0", "Partitions for the NLP stage (0 = 2 per core)."});
    k.put("max-text-chars", new String[] {"1000000", "Longer bodies are rejected (text_too_long)."});
    k.put("max-decompressed-bytes", new String[] {"4294967296", "A compressed input that expands to more bytes is "
        + "rejected (file_too_large); line formats keep the records before the cap."});
    k.put("max-page-bytes", new String[] {"67108864", "A .txt or .html page (after decompression) larger than "
        + "this is rejected (file_too_large) without being read into memory."});
    k.put("bad-date", new String[] {"reject", "reject: unparseable dates go to `rejected`; keep: date null."});
    k.put("retention-hours", new String[] {"168", "Hours of table history `claimgraph optimize` keeps "
        + "for --as-of and RESTORE; older data files no kept version needs are deleted."});
    k.put("mode", new String[] {"merge", "merge: replace this input's articles in the live tables; replace: start afresh."});
    k.put("actors.aliases", new String[] {"", "CSV of alias,canonical_name,type rows merged into actors "
        + "(example: jobs/conf/actor-aliases.csv); empty = built-in rules only."});
    k.put("graph.max-actors-per-article", new String[] {"50",
        "Only an article's most mentioned actors form co-occurrence pairs (bounds the pair count)."});
    for (String column : COLUMN_FIELDS) {
      k.put("columns." + column, new String[] {"", "Input column holding the " + column + " (empty = usual names)."});
    }
    return k;
  }

  private final Map<String, String> values;

  private JobConfig(Map<String, String> values) {
    this.values = values;
  }

  /** Defaults, then the file (if any), then the flags that were given (null values are ignored). */
  public static JobConfig resolve(Path configFile, Map<String, String> flags) {
    Map<String, String> merged = new LinkedHashMap<>();
    KEYS.forEach((key, spec) -> merged.put(key, spec[0]));
    if (configFile != null) {
      readFile(configFile).forEach(merged::put);
    }
    flags.forEach((key, value) -> {
      if (value != null) {
        merged.put(checkFlagKey(key), value);
      }
    });
    JobConfig config = new JobConfig(merged);
    config.validate();
    return config;
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
      if (!KEYS.containsKey(key)) {
        throw ClaimgraphException.of("Unknown key '" + key + "' in config file " + file + ".",
            "claimgraph only reads the keys it documents, so a typo would otherwise be ignored silently.",
            "Use one of: " + String.join(", ", KEYS.keySet()) + " (see jobs/conf/claimgraph.properties).");
      }
      values.put(key, properties.getProperty(key).trim());
    }
    return values;
  }

  private void validate() {
    InputFormat.valueOf(choice("format", "auto", "jsonl", "parquet", "csv", "text", "html").toUpperCase(Locale.ROOT));
    choice("bad-date", "reject", "keep");
    choice("mode", "merge", "replace");
    inRange("limit", 0, Long.MAX_VALUE);
    inRange("partitions", 0, Integer.MAX_VALUE);
    // Lines are capped at 6 bytes per text char plus 1 MiB, held in one Java array.
    inRange("max-text-chars", 1, (Integer.MAX_VALUE - (1 << 20)) / 6);
    inRange("max-decompressed-bytes", 1, Long.MAX_VALUE);
    // A page is read into one Java array.
    inRange("max-page-bytes", 1, Integer.MAX_VALUE - 16);
    inRange("retention-hours", 1, Long.MAX_VALUE);
    inRange("graph.max-actors-per-article", 1, Integer.MAX_VALUE);
    if (get("output").isBlank()) {
      throw ClaimgraphException.of("The output directory is empty.", "Every run writes its tables somewhere.",
          "Pass --output DIR or set output= in the config file.");
    }
  }

  private String choice(String key, String... allowed) {
    String value = get(key).toLowerCase(Locale.ROOT);
    if (!Arrays.asList(allowed).contains(value)) {
      throw ClaimgraphException.of("'" + get(key) + "' is not a valid value for " + key + ".",
          KEYS.get(key)[1], "Use one of: " + String.join(", ", allowed) + ".");
    }
    return value;
  }

  /** Parsed as a long, so that a value past int range is reported instead of wrapping round. */
  private long number(String key) {
    try {
      return Long.parseLong(get(key));
    } catch (NumberFormatException e) {
      boolean digits = get(key).matches("[+-]?\\d+");
      throw ClaimgraphException.of("'" + get(key) + "' is not " + (digits ? "a usable number" : "a whole number")
              + ", for " + key + ".",
          digits ? "It is beyond the largest whole number Java can hold (" + Long.MAX_VALUE + ")." : KEYS.get(key)[1],
          "Give " + key + " as digits, e.g. " + KEYS.get(key)[0] + ".");
    }
  }

  private void inRange(String key, long min, long max) {
    long n = number(key);
    if (n < min && min == 1) {
      throw ClaimgraphException.of(key + " must be above 0 (it is " + get(key) + ").", KEYS.get(key)[1],
          "Give a positive number.");
    }
    if (n < min) {
      throw ClaimgraphException.of(key + " is negative (" + get(key) + ").", KEYS.get(key)[1], "Give 0 or more.");
    }
    if (n > max) {
      throw ClaimgraphException.of(key + " is too large (" + get(key) + ").",
          KEYS.get(key)[1] + " The largest value it can take is " + max + ".",
          "Give a number from " + min + " to " + max + ".");
    }
  }

  /** A key {@link #validate} bounded to int range. */
  private int intValue(String key) {
    return Math.toIntExact(number(key));
  }

  public String get(String key) {
    return values.getOrDefault(key, "");
  }

  public List<String> inputs() {
    return Arrays.stream(get("input").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public String output() {
    return get("output");
  }

  public String models() {
    return get("models");
  }

  public String master() {
    return get("master").isBlank() ? null : get("master");
  }

  public int partitions() {
    return intValue("partitions");
  }

  public long retentionHours() {
    return number("retention-hours");
  }

  public String actorAliases() {
    return get("actors.aliases");
  }

  public int maxActorsPerArticle() {
    return intValue("graph.max-actors-per-article");
  }

  public boolean replace() {
    return get("mode").equalsIgnoreCase("replace");
  }

  public IngestOptions ingestOptions(List<String> inputs) {
    ColumnMapping defaults = ColumnMapping.defaults();
    ColumnMapping columns = new ColumnMapping(
        orDefault("columns.id", defaults.id()), orDefault("columns.url", defaults.url()),
        orDefault("columns.outlet", defaults.outlet()), orDefault("columns.title", defaults.title()),
        orDefault("columns.published", defaults.published()), orDefault("columns.text", defaults.text()));
    return new IngestOptions(inputs, InputFormat.valueOf(get("format").toUpperCase(Locale.ROOT)), columns,
        intValue("max-text-chars"),
        get("bad-date").equalsIgnoreCase("keep") ? BadDatePolicy.KEEP_NULL : BadDatePolicy.REJECT,
        number("limit"), 0, number("max-decompressed-bytes"), number("max-page-bytes"));
  }

  private String orDefault(String key, String fallback) {
    return get(key).isBlank() ? fallback : get(key);
  }

  /** {@code key=value} lines, as the runs table records them. */
  public String describe() {
    return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
  }
}
