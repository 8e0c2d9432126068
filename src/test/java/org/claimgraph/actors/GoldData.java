package org.claimgraph.actors;

import org.claimgraph.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.graph.ClaimLinks;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/**
 * The sample corpus and its gold as Datasets, so actor and graph tests do not depend on the NER
 * model or the claims stage: mentions are the gold entity spans, claims the gold attributions.
 */
public final class GoldData {
  private GoldData() {}

  static final Path CORPUS = Paths.get("src/main/resources/sample/articles.jsonl");
  static final Path GOLD = Paths.get("src/test/resources/sample-gold");

  public record Article(String id, String outlet, String title, LocalDate published, String text) {}

  public record GoldActor(String canonicalName, String type, Set<String> aliases) {}

  private static Map<String, Article> articles;

  public static synchronized Map<String, Article> articles() {
    if (articles == null) {
      Map<String, Article> out = new TreeMap<>();
      SparkSession spark = SparkTestSession.get();
      // Spark's JSON reader keeps the test free of a JSON library; the corpus is 38 lines.
      for (Row r : spark.read().json(CORPUS.toString()).collectAsList()) {
        String id = r.getAs("id");
        out.put(id, new Article(id, r.getAs("outlet"), r.getAs("title"), parseDate(r.getAs("published")),
            r.getAs("text")));
      }
      articles = out;
    }
    return articles;
  }

  static LocalDate parseDate(String s) {
    if (s == null || s.isBlank() || s.equals("null")) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (Exception ignored) {
      // other forms below
    }
    try {
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (Exception ignored) {
      // other forms below
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (Exception ignored) {
      // other forms below
    }
    return LocalDate.parse(s, DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
  }

  static List<String[]> tsv(String name) {
    try {
      List<String> lines = Files.readAllLines(GOLD.resolve(name), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          out.add(line.split("\t", -1));
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?(?:\\s+|$)|\\n\\n");

  /** 0-based sentence index of an offset: a crude splitter, good enough for the invented corpus. */
  static int sentenceIndex(String text, int offset) {
    Matcher m = SENTENCE_END.matcher(text);
    int index = 0;
    while (m.find() && m.end() <= offset) {
      // "Mr." / "Dr." / "U.S." do not end a sentence.
      String before = text.substring(Math.max(0, m.start() - 3), m.start() + 1);
      if (before.matches(".*\\b(Mr|Mrs|Ms|Dr|St)\\.$") || before.matches(".*\\b[A-Z]\\.$")) {
        continue;
      }
      index++;
    }
    return index;
  }

  public static Dataset<Row> articlesDataset(SparkSession spark, Set<String> ids) {
    List<Row> rows = new ArrayList<>();
    for (Article a : articles().values()) {
      if (ids == null || ids.contains(a.id())) {
        rows.add(RowFactory.create(a.id(), "https://example.test/" + a.id(), a.outlet(), a.title(),
            a.published() == null ? null : Date.valueOf(a.published()), "en", a.text(), sha256(a.text()),
            a.text().length(), 0, 0, "articles.jsonl", "gold"));
      }
    }
    return spark.createDataFrame(rows, articleInputSchema());
  }

  /** Gold entity spans as rows of the {@code mentions} table (without actor columns). */
  public static Dataset<Row> mentionsDataset(SparkSession spark, Set<String> ids, String runId) {
    List<Row> rows = new ArrayList<>();
    for (String[] e : tsv("entities.tsv")) {
      Article a = articles().get(e[0]);
      if (ids != null && !ids.contains(a.id())) {
        continue;
      }
      int begin = Integer.parseInt(e[1]);
      int end = Integer.parseInt(e[2]);
      rows.add(RowFactory.create(sha256(a.id() + "|" + begin + "|" + end).substring(0, 16), a.id(),
          a.published() == null ? null : Date.valueOf(a.published()), sentenceIndex(a.text(), begin), begin, end,
          e[3], e[4], 1.0, runId, null, null));
    }
    return spark.createDataFrame(rows, mentionInputSchema());
  }

  /**
   * PER mentions that are not in the gold, as rows of the {@code mentions} table, for tests that need
   * a name pattern the sample corpus lacks. Each is {@code article_id, text}; the article may be a
   * sample article (its date is used) or an invented id (no date). Offsets are placed past any
   * sample text (from 10000, 20 apart, in the given order) so they overlap nothing.
   */
  public static Dataset<Row> plantedMentions(SparkSession spark, String runId, String... articleAndText) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < articleAndText.length; i += 2) {
      int begin = 10_000 + 10 * i;
      String text = articleAndText[i + 1];
      Article sample = articles().get(articleAndText[i]);
      Date published = sample == null || sample.published() == null ? null : Date.valueOf(sample.published());
      rows.add(RowFactory.create(sha256(articleAndText[i] + "|" + begin).substring(0, 16), articleAndText[i],
          published, 99, begin, begin + text.length(), text, "PER", 1.0, runId, null, null));
    }
    return spark.createDataFrame(rows, mentionInputSchema());
  }

  /** The claims schema this branch expects from the claims stage: the announced columns. */
  public static StructType claimsSchema() {
    return new StructType()
        .add("claim_id", DataTypes.StringType, false).add("article_id", DataTypes.StringType, false)
        .add("published", DataTypes.DateType, true).add("sentence_index", DataTypes.IntegerType, true)
        .add("source_text", DataTypes.StringType, true).add("source_begin", DataTypes.IntegerType, true)
        .add("source_end", DataTypes.IntegerType, true).add("source_kind", DataTypes.StringType, true)
        .add("resolved_source_text", DataTypes.StringType, true)
        .add("resolved_source_begin", DataTypes.IntegerType, true)
        .add("resolved_source_end", DataTypes.IntegerType, true)
        .add("cue_text", DataTypes.StringType, true).add("cue_lemma", DataTypes.StringType, true)
        .add("cue_class", DataTypes.StringType, true).add("negated", DataTypes.BooleanType, true)
        .add("content_text", DataTypes.StringType, true)
        .add("content_begin", DataTypes.IntegerType, true).add("content_end", DataTypes.IntegerType, true)
        .add("form", DataTypes.StringType, true).add("about", ClaimLinks.aboutType(), true)
        .add("claim_date", DataTypes.DateType, true).add("content_hash", DataTypes.StringType, true)
        .add("run_id", DataTypes.StringType, true);
  }

  /**
   * Gold claims as rows of the announced claims table. The gold gives the resolved source only as
   * text; its span is the last occurrence of that text before the source (else the first anywhere).
   * {@code about} is every gold entity inside the content span.
   */
  public static Dataset<Row> claimsDataset(SparkSession spark, Set<String> ids, String runId) {
    Map<String, List<String[]>> entitiesByArticle = new HashMap<>();
    for (String[] e : tsv("entities.tsv")) {
      entitiesByArticle.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e);
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> perArticle = new HashMap<>();
    for (String[] c : tsv("claims.tsv")) {
      Article a = articles().get(c[0]);
      if (ids != null && !ids.contains(a.id())) {
        continue;
      }
      int n = perArticle.merge(a.id(), 1, Integer::sum);
      int sourceBegin = Integer.parseInt(c[2]);
      Integer rb = null;
      Integer re = null;
      if (!c[5].isEmpty()) {
        int at = a.text().lastIndexOf(c[5], sourceBegin);
        if (at < 0) {
          at = a.text().indexOf(c[5]);
        }
        if (at >= 0) {
          rb = at;
          re = at + c[5].length();
        }
      }
      int cb = Integer.parseInt(c[11]);
      int ce = Integer.parseInt(c[12]);
      List<Row> about = new ArrayList<>();
      for (String[] e : entitiesByArticle.getOrDefault(a.id(), List.of())) {
        int eb = Integer.parseInt(e[1]);
        int ee = Integer.parseInt(e[2]);
        if (eb >= cb && ee <= ce) {
          about.add(RowFactory.create(eb, ee, e[3], e[4]));
        }
      }
      String content = c[10].replace("\\n", "\n");
      rows.add(RowFactory.create(a.id() + "#" + n, a.id(), a.published() == null ? null : Date.valueOf(a.published()),
          sentenceIndex(a.text(), sourceBegin), c[1], sourceBegin, Integer.parseInt(c[3]), c[4],
          c[5].isEmpty() ? null : c[5], rb, re, c[6], c[6].toLowerCase(Locale.ROOT), c[9], false, content, cb, ce, c[13],
          about, c[14].isEmpty() ? null : Date.valueOf(c[14]), sha256(content).substring(0, 16), runId));
    }
    return spark.createDataFrame(rows, claimsSchema());
  }

  public static List<GoldActor> goldActors() {
    List<GoldActor> out = new ArrayList<>();
    for (String[] r : tsv("actors.tsv")) {
      out.add(new GoldActor(r[0], r[1], new HashSet<>(List.of(r[2].split("\\|")))));
    }
    return out;
  }

  /** actor pair (sorted names) → gold article ids. */
  public static Map<List<String>, List<String>> goldCooccurrences() {
    Map<List<String>, List<String>> out = new LinkedHashMap<>();
    for (String[] r : tsv("cooccurrences.tsv")) {
      out.put(List.of(r[0], r[1]), List.of(r[2].split(",")));
    }
    return out;
  }

  /** article → the article it duplicates, from duplicates.tsv. */
  public static Map<String, String> duplicateOf() {
    Map<String, String> out = new HashMap<>();
    for (String[] r : tsv("duplicates.tsv")) {
      out.put(r[0], r[1]);
    }
    return out;
  }

  public static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : d) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code articles} without the story columns, which the stages under test compute. */
  public static org.apache.spark.sql.types.StructType articleInputSchema() {
    return without(Tables.ARTICLES.schema(), "story_id", "minhash");
  }

  /** {@code mentions} without the evidence columns actor resolution adds (actor id and rule stay, null). */
  public static org.apache.spark.sql.types.StructType mentionInputSchema() {
    return without(Tables.MENTIONS.schema(), ActorResolution.ADDED.subList(2, ActorResolution.ADDED.size()).toArray(String[]::new));
  }

  private static org.apache.spark.sql.types.StructType without(org.apache.spark.sql.types.StructType schema,
      String... later) {
    java.util.List<String> skip = java.util.List.of(later);
    return new org.apache.spark.sql.types.StructType(java.util.Arrays.stream(schema.fields())
        .filter(f -> !skip.contains(f.name())).toArray(org.apache.spark.sql.types.StructField[]::new));
  }

  static Dataset<Row> conformMentions(Dataset<Row> rows) {
    return TableConformance.conform(Tables.MENTIONS, rows);
  }
}
