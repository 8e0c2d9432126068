package org.claimgraph.actors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
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
 * surname, in at least {@link #MIN_ARTICLES} articles and at least {@link #MIN_LEAD} times as many
 * articles as the next full name with evidence for the name.
 *
 * <p>A surname that its own article leaves ambiguous ({@code ambiguous_short_form}: the article names
 * Donald and Melania Trump, and then says "Trump") joins the dominant full name too, but only when
 * that full name is one of the article's candidates: news writes the other relative by first name or
 * title, and the bare surname for the one the corpus means by it. On the 10k AllSides run these were
 * 3,554 mentions of a "Trump" person apart from Donald Trump, the 14th largest actor of the run. An
 * ambiguous surname whose article does not name the dominant full name stays apart.
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
   * Four times the next full name: the lone surname then means the leading person at least four
   * times in five where those two compete. Two relatives who are both in the news stay apart, and so
   * do Anna and Paul Keller. A lead over the next one rather than a share of all: a famous name has a
   * tail of rare namesakes (Ted Cruz in 254 articles of the 10k AllSides run, Nikolas Cruz in 7, a
   * Yulin Cruz in 4), and a share of 90% of all, the rule's first form, kept Bernie Sanders (385
   * articles against Sarah Sanders' 26 and a tail) and Hillary Clinton (647 against Bill's 121) apart
   * from every lone use of their surnames.
   */
  static final int MIN_LEAD = 4;

  /** The column {@link ActorResolution} fills with {@link InArticleResolver.Resolution#loneName()}. */
  public static final String LONE_NAME = "lone_name";

  private static final String IN_ARTICLE_EVIDENCE = "(surname|first_name)_in_article";
  private static final String UNRESOLVED = "unresolved_short_form";
  private static final String AMBIGUOUS = "ambiguous_short_form";

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
        .withColumn("rank", row_number().over(byName.orderBy(col("articles").desc(), col("actor_id"))))
        .withColumn("runner_up", coalesce(max(when(col("rank").equalTo(2), col("articles"))).over(byName), lit(0L)))
        .filter(col("rank").equalTo(1).and(col("as_surname"))
            .and(col("articles").geq(MIN_ARTICLES))
            .and(col("articles").geq(col("runner_up").multiply(MIN_LEAD))))
        .select(col(LONE_NAME).as("d_lone_name"), col("actor_id").as("d_actor_id"));
  }

  /**
   * In-article resolved mentions with every unresolved lone name that has a dominant full name moved to
   * that actor ({@code alias_rule} ends in {@code dominant_full_name} instead of
   * {@code unresolved_short_form}), and every ambiguous one whose article names that full name
   * (instead of {@code ambiguous_short_form}). Names an override already placed keep their actor. A
   * moved mention's {@code actor_name} is null: a lone "Trump" suggests no spelling of the full name,
   * so the actor's canonical name comes from the mentions that spell it out.
   *
   * @param resolved every mention of the articles it holds, so that it says which actors each names
   * @param decisions the output of {@link #dominant}, over at least the evidence of these mentions' lone names
   */
  public static Dataset<Row> apply(Dataset<Row> resolved, Dataset<Row> decisions) {
    Column unresolved = col("alias_rule").rlike("(^|\\+)" + UNRESOLVED + "$");
    Column ambiguous = col("alias_rule").rlike("(^|\\+)" + AMBIGUOUS + "$");
    Dataset<Row> namedInArticle = decisions
        .join(resolved.select(col("article_id").as("a_article_id"), col("actor_id").as("a_actor_id")).distinct(),
            col("d_actor_id").equalTo(col("a_actor_id")))
        .select(col("d_lone_name").as("a_lone_name"), col("a_actor_id"), col("a_article_id"));
    Column target = coalesce(col("d_actor_id"), col("a_actor_id"));
    return resolved
        .join(decisions, col(LONE_NAME).equalTo(col("d_lone_name")).and(unresolved), "left")
        .join(namedInArticle, col(LONE_NAME).equalTo(col("a_lone_name"))
            .and(col("article_id").equalTo(col("a_article_id"))).and(ambiguous), "left")
        .withColumn("alias_rule", when(target.isNotNull(),
            regexp_replace(col("alias_rule"), "(" + UNRESOLVED + "|" + AMBIGUOUS + ")$", RULE))
            .otherwise(col("alias_rule")))
        .withColumn("actor_name", when(target.isNotNull(), lit(null).cast("string")).otherwise(col("actor_name")))
        .withColumn("actor_id", when(target.isNotNull(), target).otherwise(col("actor_id")))
        .drop("d_lone_name", "d_actor_id", "a_lone_name", "a_actor_id", "a_article_id");
  }

  /** Whether a stored mention's actor follows the rule's decision for its lone name: it may move on any run. */
  public static Column movable() {
    return col(LONE_NAME).isNotNull()
        .and(col("alias_rule").rlike("(" + UNRESOLVED + "|" + AMBIGUOUS + "|" + RULE + ")$"));
  }
}
