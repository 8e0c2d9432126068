package org.claimgraph.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The corpus-level rule {@code dominant_full_name}: a lone surname that no full name in its own
 * article explains joins the full name the run's other articles resolve that surname to, when
 * one full name clearly dominates. "Trump" alone in an opinion piece joins Donald Trump because
 * the run's articles that spell the name out say "Trump" means Donald Trump; "Keller" alone stays
 * its own actor while the run has articles where it means Anna Keller and others where it means
 * Paul Keller. The surname alone still links nothing: the evidence is the corpus's own in-article
 * resolutions. A run re-decides the lone names its articles touch, from the evidence stored with
 * every mention plus its own, and moves the old mentions of the names whose decision changed, so a
 * day-by-day run ends where a run over all days does.
 *
 * <p>Evidence for a lone name is every article in which a one-token PER mention with that key was
 * resolved in-article: as a surname ({@code surname_in_article}, {@code shared_surname_in_article})
 * or as a first name ({@code first_name_in_article}), so "Hunter" meaning Hunter Biden competes
 * with "Hunter" meaning Rielle Hunter. A full name dominates when it was the resolution, as a
 * surname, in at least {@link #MIN_ARTICLES} articles and in at least {@link #MIN_SHARE} of all
 * articles with evidence for the name.
 */
public final class DominantFullNames {
  private DominantFullNames() {}

  public static final String RULE = "dominant_full_name";

  /**
   * Three articles: one or two could be the same story told twice, or the only articles of a small
   * run; three independent writers resolving the surname the same way is a pattern.
   */
  static final int MIN_ARTICLES = 3;

  /**
   * 90%: at most one article in ten may resolve the surname to someone else. Two relatives who are
   * both in the news (Joe and Hunter Biden) stay apart; a surname a famous person shares with a rare
   * namesake still joins the famous one, which is what the lone surname almost always means.
   */
  static final double MIN_SHARE = 0.9;

  /** The column {@link ActorResolution} fills with {@link InArticleResolver.Resolution#loneName()}. */
  public static final String LONE_NAME = "lone_name";

  private static final String IN_ARTICLE_EVIDENCE = "(surname|first_name)_in_article";
  private static final String UNRESOLVED = "unresolved_short_form";

  /**
   * The rows the rule weighs: mentions whose lone name was resolved in-article to a full name
   * ({@code lone_name}, {@code actor_id}, {@code article_id}, {@code alias_rule}). Stored mentions
   * keep these columns, so a later run weighs the history's evidence without resolving old articles again.
   */
  public static Dataset<Row> evidence(Dataset<Row> resolved) {
    return resolved.filter(col(LONE_NAME).isNotNull().and(col("alias_rule").rlike(IN_ARTICLE_EVIDENCE)))
        .select(LONE_NAME, "actor_id", "article_id", "alias_rule");
  }

  /**
   * Lone names with a dominant full name, from {@link #evidence} rows: {@code d_lone_name},
   * {@code d_actor_id}; one row per lone name at most.
   */
  public static Dataset<Row> dominant(Dataset<Row> evidence) {
    Dataset<Row> perActor = evidence
        .groupBy(LONE_NAME, "actor_id")
        .agg(countDistinct("article_id").as("articles"),
            max(col("alias_rule").contains("surname_in_article")).as("as_surname"));
    WindowSpec byName = Window.partitionBy(LONE_NAME);
    return perActor
        .withColumn("total", sum("articles").over(byName))
        .withColumn("rank", row_number().over(byName.orderBy(col("articles").desc(), col("actor_id"))))
        .filter(col("rank").equalTo(1).and(col("as_surname"))
            .and(col("articles").geq(MIN_ARTICLES))
            .and(col("articles").geq(col("total").multiply(lit(MIN_SHARE)))))
        .select(col(LONE_NAME).as("d_lone_name"), col("actor_id").as("d_actor_id"));
  }

  /**
   * In-article resolved mentions with every unresolved lone name that has a dominant full name moved to
   * that actor ({@code alias_rule} ends in {@code dominant_full_name} instead of
   * {@code unresolved_short_form}). Ambiguous short forms and names an override already placed keep
   * their actor. A moved mention's {@code actor_name} is null: a lone "Trump" suggests no spelling of
   * the full name, so the actor's canonical name comes from the mentions that spell it out.
   *
   * @param decisions the output of {@link #dominant}, over at least the evidence of these mentions' lone names
   */
  public static Dataset<Row> apply(Dataset<Row> resolved, Dataset<Row> decisions) {
    Column unresolved = col("alias_rule").rlike("(^|\\+)" + UNRESOLVED + "$");
    Column joins = col("d_actor_id").isNotNull();
    return resolved
        .join(decisions, col(LONE_NAME).equalTo(col("d_lone_name")).and(unresolved), "left")
        .withColumn("actor_id", when(joins, col("d_actor_id")).otherwise(col("actor_id")))
        .withColumn("actor_name", when(joins, lit(null).cast("string")).otherwise(col("actor_name")))
        .withColumn("alias_rule",
            when(joins, regexp_replace(col("alias_rule"), UNRESOLVED + "$", RULE)).otherwise(col("alias_rule")))
        .drop("d_lone_name", "d_actor_id");
  }

  /** Whether a stored mention's actor follows the rule's decision for its lone name: it may move on any run. */
  public static Column movable() {
    return col(LONE_NAME).isNotNull().and(col("alias_rule").rlike("(" + UNRESOLVED + "|" + RULE + ")$"));
  }
}
