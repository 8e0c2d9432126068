package org.claimgraph.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark wrapper around {@link InArticleResolver}: groups mentions by article on the executors,
 * resolves each article's mentions, then applies the corpus-level rules {@link CorpusTypeVotes} and
 * {@link DominantFullNames} over all of them, and returns every mention with its actor.
 *
 * <p>The actor id depends on the article itself, the alias table and, for a lone surname, on what
 * the whole corpus resolves that surname to. {@link #resolve} does all three over the mentions given;
 * an incremental run resolves only its own articles in-article ({@link #resolveInArticle}) and weighs
 * the lone names against the evidence the stored mentions keep.
 */
public final class ActorResolution {
  private ActorResolution() {}

  /** Columns added to the mentions, all declared in {@code Tables.MENTIONS}. */
  public static final List<String> ADDED = List.of("actor_id", "alias_rule", "actor_name", "actor_type", "alias",
      DominantFullNames.LONE_NAME, CorpusTypeVotes.NAME_KEY, CorpusTypeVotes.ARTICLE_TYPE);

  /** The columns the per-article resolver fills; the evidence columns are derived from them. */
  private static final List<String> PER_ARTICLE = ADDED.subList(0, 6);

  /** The columns of an alias overrides Dataset (the CSV's header). */
  public static final StructType OVERRIDES_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("alias", DataTypes.StringType, false),
      DataTypes.createStructField("canonical_name", DataTypes.StringType, false),
      DataTypes.createStructField("type", DataTypes.StringType, false)});

  /** Overrides are configuration, read on the driver; refuse anything that is clearly not a small list. */
  static final int MAX_OVERRIDES = 200_000;

  /**
   * Mentions with {@code actor_id} (null for MISC), {@code alias_rule} (how the mention was linked),
   * {@code actor_name} (canonical name this mention suggests; null when it suggests none, see
   * {@link DominantFullNames}), {@code actor_type} and {@code alias}
   * (the surface form without possessive).
   */
  public record ResolvedMentions(Dataset<Row> mentionsWithActor) {}

  /**
   * @param mentions rows with at least article_id, begin, text, type (the {@code mentions} table)
   * @param aliasOverrides rows (alias, canonical_name, type); may be empty or null
   */
  public static ResolvedMentions resolve(Dataset<Row> mentions, Dataset<Row> aliasOverrides) {
    Dataset<Row> inArticle = resolveInArticle(mentions, aliasOverrides);
    Dataset<Row> typed = CorpusTypeVotes.apply(inArticle,
        CorpusTypeVotes.dominant(CorpusTypeVotes.evidence(inArticle)));
    Dataset<Row> decisions = DominantFullNames.dominant(DominantFullNames.evidence(typed));
    return new ResolvedMentions(DominantFullNames.apply(typed, decisions));
  }

  /**
   * Every mention with the actor its own article links it to, before the corpus-level rule: what a run
   * computes for its new articles, and for old articles whose lone names the rule re-decided.
   */
  public static Dataset<Row> resolveInArticle(Dataset<Row> mentions, Dataset<Row> aliasOverrides) {
    AliasTable aliases = AliasTable.withOverrides(overrideRows(aliasOverrides));
    Dataset<Row> base = mentions;
    for (String c : ADDED) {
      if (Arrays.asList(base.columns()).contains(c)) {
        base = base.drop(c);
      }
    }
    StructType inSchema = base.schema();
    StructType outSchema = inSchema;
    for (String c : PER_ARTICLE) {
      outSchema = outSchema.add(c, DataTypes.StringType, true);
    }
    Column[] all = Arrays.stream(inSchema.fieldNames()).map(base::col).toArray(Column[]::new);
    Dataset<Row> perArticle = base.groupBy(col("article_id")).agg(collect_list(struct(all)).as("ms"));
    int beginIdx = inSchema.fieldIndex("begin");
    int textIdx = inSchema.fieldIndex("text");
    int typeIdx = inSchema.fieldIndex("type");
    int width = inSchema.size();
    int confidenceIdx = Arrays.asList(inSchema.fieldNames()).indexOf("confidence");
    FlatMapFunction<Row, Row> perArticleFn = article -> {
      List<Row> rows = new ArrayList<>(article.getList(1));
      // Offset order, so the core sees the article as written (collect_list order is arbitrary).
      rows.sort((a, b) -> Integer.compare(((Number) a.get(beginIdx)).intValue(), ((Number) b.get(beginIdx)).intValue()));
      List<InArticleResolver.Mention> ms = new ArrayList<>(rows.size());
      for (Row r : rows) {
        Double confidence = confidenceIdx < 0 || r.isNullAt(confidenceIdx) ? null : ((Number) r.get(confidenceIdx)).doubleValue();
        ms.add(new InArticleResolver.Mention(((Number) r.get(beginIdx)).intValue(), r.getString(textIdx), r.getString(typeIdx),
            confidence));
      }
      List<InArticleResolver.Resolution> resolved = InArticleResolver.resolve(ms, aliases);
      List<Row> out = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Object[] values = new Object[width + PER_ARTICLE.size()];
        Row r = rows.get(i);
        for (int j = 0; j < width; j++) {
          values[j] = r.get(j);
        }
        InArticleResolver.Resolution res = resolved.get(i);
        if (res != null) {
          values[width] = res.actorId();
          values[width + 1] = res.rule();
          values[width + 2] = res.actorName();
          values[width + 3] = res.actorType();
          values[width + 4] = res.alias();
          values[width + 5] = res.loneName();
        }
        out.add(RowFactory.create(values));
      }
      return out.iterator();
    };
    return CorpusTypeVotes.withEvidence(perArticle.flatMap(perArticleFn, Encoders.row(outSchema)));
  }

  /**
   * The overrides as (alias, canonical name, type), blank and comment lines left out; at most
   * {@link #MAX_OVERRIDES}, so that a wrong file never fills the driver.
   */
  public static List<String[]> overrideRows(Dataset<Row> overrides) {
    if (overrides == null) {
      return List.of();
    }
    List<Row> rows = overrides.select("alias", "canonical_name", "type").limit(MAX_OVERRIDES + 1).collectAsList();
    if (rows.size() > MAX_OVERRIDES) {
      throw new IllegalArgumentException("more than " + MAX_OVERRIDES + " alias overrides; this list is meant to be hand-edited");
    }
    List<String[]> out = new ArrayList<>();
    for (Row r : rows) {
      if (r.isNullAt(0) || r.getString(0).isBlank() || r.getString(0).startsWith("#")) {
        continue;
      }
      out.add(new String[] {r.getString(0), r.isNullAt(1) ? "" : r.getString(1), r.isNullAt(2) ? "" : r.getString(2)});
    }
    return out;
  }

  /**
   * Reads an alias overrides CSV ({@code alias,canonical_name,type} with that header line; lines
   * starting with {@code #} are comments). A null or blank path gives an empty Dataset.
   */
  public static Dataset<Row> readOverridesCsv(SparkSession spark, String path) {
    if (path == null || path.isBlank()) {
      return spark.createDataFrame(List.of(), OVERRIDES_SCHEMA);
    }
    return spark.read().option("header", "true").option("comment", "#").option("mode", "FAILFAST")
        .schema(OVERRIDES_SCHEMA).csv(path);
  }
}
