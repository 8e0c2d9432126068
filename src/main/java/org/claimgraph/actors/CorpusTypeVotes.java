package org.claimgraph.actors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The corpus-level rule {@code corpus_type_vote}: a name the run's articles overwhelmingly give one
 * type joins that type's actor wherever a tagger slip gave it another, so a minority slip never
 * makes an actor of its own. "Obama" tagged LOC in an article that has no other Obama mention
 * becomes the person "Obama" (and then, by {@link DominantFullNames}, Barack Obama), because the
 * run's other articles decide "Obama" is a person. A mention tagged MISC ("Trump’s", or "Trump"
 * tagged MISC) whose name the run decides is a person, organisation or place joins it the same way.
 *
 * <p>Evidence for a name (its match key, the same for every type) is every mention with that name:
 * its actor's type after the in-article {@link ArticleTypeVote}, or MISC for one left without an
 * actor. A type dominates when it is the name's type in at least {@link #MIN_ARTICLES} articles and
 * holds at least {@link #MIN_SHARE} of the name's PER/ORG/LOC mentions. MISC mentions of the name
 * join it only when MISC is at most the rest ({@code 1 - MIN_SHARE}) of all its mentions, so a word
 * the tagger mostly calls MISC ("Republican" the adjective) never joins the party.
 * Only mentions that named themselves move (no in-article resolution, no listed variant or
 * override): "Trump" resolved in its article to the Trump Organization stays there.
 *
 * <p>Like {@link DominantFullNames}, a run re-decides only the names its articles use, from the votes
 * stored with every mention plus its own, and re-resolves the old articles whose names changed type.
 */
public final class CorpusTypeVotes {
  private CorpusTypeVotes() {}

  public static final String RULE = "corpus_type_vote";

  /** Three articles, as for {@link DominantFullNames}: one story told twice does not decide a type. */
  static final int MIN_ARTICLES = 3;

  /**
   * 80% of the mentions: "overwhelmingly", but not unanimously, since the evidence itself holds the
   * slips being corrected (a name the tagger slips on once in six is still the person). Names that are
   * truly two things ("Washington" the city and the government) rarely pass it; when they do, the
   * minority reading joins the majority one, which is what a reader of the actors table expects.
   */
  static final double MIN_SHARE = 0.8;

  /** The stored column with the name's match key, the same for every type: what the rule votes on. */
  public static final String NAME_KEY = "name_key";

  /** The stored column with the type the mention's own article gives the name: its vote. */
  public static final String ARTICLE_TYPE = "article_type";
  private static final String IN_ARTICLE_OR_LISTED = "_in_article|override|variant_list";

  private static final UserDefinedFunction NAME = udf((UDF2<String, String, String>) (text, type) ->
      text == null ? null : ActorNames.strip(ActorNames.clean(text), type).name(), DataTypes.StringType);
  private static final UserDefinedFunction KEY = udf((UDF1<String, String>) name ->
      name == null || name.isEmpty() ? null : ActorNames.key(name, "ORG"), DataTypes.StringType);
  private static final UserDefinedFunction ACTOR_ID = udf((UDF2<String, String, String>) (type, name) ->
      ActorNames.actorId(type, ActorNames.key(name, type)), DataTypes.StringType);
  private static final UserDefinedFunction PER_KEY = udf((UDF1<String, String>) name ->
      ActorNames.key(name, "PER"), DataTypes.StringType);
  private static final UserDefinedFunction CLEAN = udf((UDF1<String, String>) ActorNames::clean, DataTypes.StringType);

  private static Column nameKey() {
    return KEY.apply(NAME.apply(col("text"), coalesce(col("actor_type"), col("type"))));
  }

  /**
   * In-article resolved mentions with their vote: {@link #NAME_KEY} and {@link #ARTICLE_TYPE} (the
   * actor's type after the in-article {@link ArticleTypeVote}, MISC for a MISC mention left without an
   * actor). Stored with every mention, so a later run weighs the history's votes without resolving
   * old articles again.
   */
  static Dataset<Row> withEvidence(Dataset<Row> inArticle) {
    return inArticle
        .withColumn(NAME_KEY, nameKey())
        .withColumn(ARTICLE_TYPE, coalesce(col("actor_type"), when(col("type").equalTo("MISC"), lit("MISC"))));
  }

  /** The votes: {@link #NAME_KEY}, {@link #ARTICLE_TYPE}, {@code article_id} of every mention that has both. */
  public static Dataset<Row> evidence(Dataset<Row> resolved) {
    return resolved.filter(col(NAME_KEY).isNotNull().and(col(ARTICLE_TYPE).isNotNull()))
        .select(NAME_KEY, ARTICLE_TYPE, "article_id");
  }

  /** Names with a dominant type, from {@link #evidence} rows: {@code c_name_key}, {@code c_type}, {@code c_misc_joins}. */
  public static Dataset<Row> dominant(Dataset<Row> evidence) {
    Dataset<Row> perType = evidence.withColumn("c_vote", col(ARTICLE_TYPE))
        .groupBy(NAME_KEY, "c_vote").agg(count("*").as("mentions"), countDistinct("article_id").as("articles"));
    WindowSpec byName = Window.partitionBy(NAME_KEY);
    Column isMisc = col("c_vote").equalTo("MISC");
    return perType
        .withColumn("total", sum("mentions").over(byName))
        .withColumn("typed", sum(when(isMisc.unary_$bang(), col("mentions")).otherwise(lit(0L))).over(byName))
        .withColumn("rank", row_number().over(byName.orderBy(isMisc, col("mentions").desc(), col("c_vote"))))
        .filter(col("rank").equalTo(1).and(isMisc.unary_$bang())
            .and(col("articles").geq(MIN_ARTICLES))
            .and(col("mentions").geq(col("typed").multiply(lit(MIN_SHARE)))))
        .select(col(NAME_KEY).as("c_name_key"), col("c_vote").as("c_type"),
            col("typed").geq(col("total").multiply(lit(MIN_SHARE))).as("c_misc_joins"));
  }

  /**
   * Whether a stored mention can follow a change of its name's decision, as {@link #apply} moves
   * mentions: a self-named mention of any type can; a MISC mention without an actor only when MISC
   * mentions join the name's type before or after the change ({@code miscJoins}).
   */
  public static Column movable(Column miscJoins) {
    Column selfNamed = col("actor_type").isNotNull()
        .and(coalesce(col("alias_rule"), lit("")).rlike(IN_ARTICLE_OR_LISTED).unary_$bang());
    Column misc = col("actor_id").isNull().and(col("type").equalTo("MISC")).and(miscJoins);
    return selfNamed.or(misc);
  }

  /**
   * The resolved mentions with every self-named mention of a minority type, and every MISC mention,
   * of a name with a dominant type moved to that type's actor ({@code alias_rule} gains
   * {@code corpus_type_vote}). A one-word person's name so moved is a lone name again
   * ({@code unresolved_short_form}, {@link DominantFullNames#LONE_NAME} set), for
   * {@link DominantFullNames} to join to its full name. Same columns as the input.
   */
  public static Dataset<Row> apply(Dataset<Row> resolved, Dataset<Row> decisions) {
    Column selfNamed = col("actor_type").isNotNull().and(col("actor_type").notEqual(col("c_type")))
        .and(col("alias_rule").rlike(IN_ARTICLE_OR_LISTED).unary_$bang());
    Column misc = col("actor_id").isNull().and(col("type").equalTo("MISC")).and(col("c_misc_joins"));
    Column moves = col("c_type").isNotNull().and(selfNamed.or(misc));
    Column name = NAME.apply(col("text"), col("c_type"));
    Column lone = col("c_type").equalTo("PER").and(size(split(name, " ")).equalTo(1));
    Column earlierRules = regexp_replace(coalesce(col("alias_rule"), lit("")), "(^|\\+)(exact|unresolved_short_form)$", "");
    Column rule = concat_ws("+", when(earlierRules.notEqual(""), earlierRules), lit(RULE),
        when(lone, lit("unresolved_short_form")));
    return resolved
        .join(decisions, col(NAME_KEY).equalTo(col("c_name_key")), "left")
        .withColumn("m_moves", coalesce(moves, lit(false)))
        .withColumn("alias_rule", when(col("m_moves"), rule).otherwise(col("alias_rule")))
        .withColumn("actor_id", when(col("m_moves"), ACTOR_ID.apply(col("c_type"), name)).otherwise(col("actor_id")))
        .withColumn("actor_name", when(col("m_moves"), name).otherwise(col("actor_name")))
        .withColumn("alias", when(col("m_moves"), CLEAN.apply(col("text"))).otherwise(col("alias")))
        .withColumn(DominantFullNames.LONE_NAME, when(col("m_moves"), when(lone, PER_KEY.apply(name)))
            .otherwise(col(DominantFullNames.LONE_NAME)))
        .withColumn("actor_type", when(col("m_moves"), col("c_type")).otherwise(col("actor_type")))
        .drop("c_name_key", "c_type", "c_misc_joins", "m_moves")
        .select(Arrays.stream(resolved.columns()).map(functions::col).toArray(Column[]::new));
  }
}
