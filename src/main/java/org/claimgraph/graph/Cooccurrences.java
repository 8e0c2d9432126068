package org.claimgraph.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.claimgraph.tables.TableConformance;
import org.claimgraph.tables.Tables;

/**
 * The {@code cooccurrences} table: unordered actor pairs named in the same sentence or the same
 * article, counted over distinct {@link Stories stories} so syndicated copies count once.
 *
 * <p>Bound: an article naming more than K actors (default {@value #DEFAULT_MAX_ACTORS}) contributes
 * pairs only among its top K actors by mention count (ties: smaller actor id), so one long list
 * article adds at most K(K-1)/2 pairs instead of a quadratic blow-up. Affected pairs say so in
 * {@code capped_stories}; {@link #cappedArticles} lists the capped articles for the run stats.
 *
 * <p>NPMI: with N the number of stories in {@code articles}, p(x) the share of stories naming actor
 * x (all its mentions, uncapped) and p(ab) the share of stories with the pair in the row's window,
 * npmi = ln(p(ab) / (p(a) p(b))) / -ln(p(ab)); 1 when p(ab) = 1.
 *
 * <p>Counts are sums over stories: each story contributes its pairs once ({@link #contributions}),
 * so a run that touches some stories replaces their contributions and recounts only their pairs.
 */
public final class Cooccurrences {
  private Cooccurrences() {}

  public static final int DEFAULT_MAX_ACTORS = 50;

  public static Dataset<Row> table(Dataset<Row> mentionsWithActor, Dataset<Row> articles) {
    return table(mentionsWithActor, articles, DEFAULT_MAX_ACTORS);
  }

  /**
   * The whole table from scratch: every story's contribution, then the counts over all stories.
   *
   * @param mentionsWithActor mentions with actor_id (article_id, sentence_index, actor_id used)
   * @param articles the merged articles table (article_id, published, text used)
   * @param maxActorsPerArticle K, the per-article bound
   */
  public static Dataset<Row> table(Dataset<Row> mentionsWithActor, Dataset<Row> articles, int maxActorsPerArticle) {
    Dataset<Row> stories = Stories.assign(articles)
        .join(articles.select(col("article_id").as("p_article"), col("published")),
            col("article_id").equalTo(col("p_article")))
        .select("article_id", "story_id", "published");
    Contributions c = contributions(mentionsWithActor, stories, maxActorsPerArticle);
    return withNpmi(counts(c.storyPairs()), c.storyActors(), stories.agg(countDistinct("story_id").as("n_stories")));
  }

  /** What a set of whole stories contributes: {@code Tables.STORY_PAIRS} and {@code Tables.STORY_ACTORS} rows. */
  public record Contributions(Dataset<Row> storyPairs, Dataset<Row> storyActors) {}

  /**
   * @param mentionsWithActor the mentions of every article of the stories concerned
   * @param storyOfArticle article_id, story_id, published of those articles
   */
  public static Contributions contributions(Dataset<Row> mentionsWithActor, Dataset<Row> storyOfArticle,
      int maxActorsPerArticle) {
    Dataset<Row> info = storyOfArticle
        .select(col("article_id").as("i_article"), col("story_id"), col("published"));
    Dataset<Row> m = mentionsWithActor.filter(col("actor_id").isNotNull())
        .select("article_id", "sentence_index", "actor_id");
    Dataset<Row> kept = ranked(m).filter(col("rank").leq(maxActorsPerArticle))
        .select(col("article_id"), col("actor_id"), col("actors").gt(maxActorsPerArticle).as("capped"));

    Dataset<Row> ka = kept.select(col("article_id"), col("actor_id").as("actor_a"), col("capped"));
    Dataset<Row> kb = kept.select(col("article_id").as("b_article"), col("actor_id").as("actor_b"));
    Dataset<Row> articlePairs = ka.join(kb, col("article_id").equalTo(col("b_article"))
            .and(col("actor_a").lt(col("actor_b"))))
        .select("article_id", "actor_a", "actor_b", "capped")
        .join(info, col("article_id").equalTo(col("i_article")));

    Dataset<Row> inSentence = m.distinct()
        .join(kept.select(col("article_id").as("k_article"), col("actor_id").as("k_actor"), col("capped")),
            col("article_id").equalTo(col("k_article")).and(col("actor_id").equalTo(col("k_actor"))))
        .select("article_id", "sentence_index", "actor_id", "capped");
    Dataset<Row> sentencePairs = inSentence.select(col("article_id"), col("sentence_index"),
            col("actor_id").as("actor_a"), col("capped"))
        .join(inSentence.select(col("article_id").as("b_article"), col("sentence_index").as("b_sentence"),
                col("actor_id").as("actor_b")),
            col("article_id").equalTo(col("b_article")).and(col("sentence_index").equalTo(col("b_sentence")))
                .and(col("actor_a").lt(col("actor_b"))))
        .select("article_id", "sentence_index", "actor_a", "actor_b", "capped")
        .join(info, col("article_id").equalTo(col("i_article")));

    // A story's sentences are its copies' sentence indexes taken together: a quote repeated by a copy
    // at the same place counts once, as in the all-stories count it adds up to.
    Dataset<Row> bySentence = perStory(sentencePairs, "sentence",
        countDistinct(col("sentence_index")).as("sentences"));
    Dataset<Row> sentenceCounts = bySentence.select(col("story_id").as("e_story"), col("actor_a").as("e_a"),
        col("actor_b").as("e_b"), col("sentences").as("e_sentences"));
    Dataset<Row> byArticle = perStory(articlePairs, "article", lit(0L).as("sentences"))
        .join(sentenceCounts, col("story_id").equalTo(col("e_story")).and(col("actor_a").equalTo(col("e_a")))
            .and(col("actor_b").equalTo(col("e_b"))), "left")
        .withColumn("sentences", coalesce(col("e_sentences"), lit(0L)));
    Dataset<Row> storyPairs = TableConformance.conform(Tables.STORY_PAIRS, bySentence.unionByName(
        byArticle.drop("e_story", "e_a", "e_b", "e_sentences")));
    Dataset<Row> storyActors = TableConformance.conform(Tables.STORY_ACTORS,
        m.select("article_id", "actor_id").distinct()
            .join(info, col("article_id").equalTo(col("i_article")))
            .select("story_id", "actor_id").distinct());
    return new Contributions(storyPairs, storyActors);
  }

  private static Dataset<Row> perStory(Dataset<Row> pairsWithInfo, String window, Column sentences) {
    return pairsWithInfo.groupBy("story_id", "actor_a", "actor_b")
        .agg(sentences, max(col("capped")).as("capped"), min("published").as("first_date"),
            max("published").as("last_date"))
        .withColumn("window", lit(window));
  }

  /**
   * The pair counts over the given story contributions (every column of the table but {@code npmi}):
   * pass all stories' rows of the pairs to recount, and only those.
   */
  public static Dataset<Row> counts(Dataset<Row> storyPairs) {
    return storyPairs.groupBy("actor_a", "actor_b", "window")
        .agg(count("*").as("stories"), sum("sentences").as("sentences"), min("first_date").as("first_date"),
            max("last_date").as("last_date"), sum(when(col("capped"), 1L).otherwise(0L)).as("capped_stories"));
  }

  /**
   * The table from pair counts: every row's NPMI from the stories each actor appears in (all
   * {@code storyActors} rows) and the number of stories ({@code n_stories}, one row).
   */
  public static Dataset<Row> withNpmi(Dataset<Row> counts, Dataset<Row> storyActors, Dataset<Row> nStories) {
    // One row per actor, joined to every pair twice: broadcast, so the table's rows are not shuffled.
    Dataset<Row> storiesPerActor = broadcast(storyActors.groupBy("actor_id").agg(count("*").as("actor_stories")));
    Dataset<Row> pairs = counts
        .join(storiesPerActor.select(col("actor_id").as("ma"), col("actor_stories").as("sa")),
            col("actor_a").equalTo(col("ma")))
        .join(storiesPerActor.select(col("actor_id").as("mb"), col("actor_stories").as("sb")),
            col("actor_b").equalTo(col("mb")))
        .crossJoin(nStories)
        .withColumn("npmi", npmi(col("stories"), col("sa"), col("sb"), col("n_stories")));
    return TableConformance.conform(Tables.COOCCURRENCES, pairs);
  }

  /** Articles naming more than K actors: {@code article_id}, {@code actors} (distinct actors named). */
  public static Dataset<Row> cappedArticles(Dataset<Row> mentionsWithActor, int maxActorsPerArticle) {
    return mentionsWithActor.filter(col("actor_id").isNotNull())
        .groupBy("article_id").agg(countDistinct("actor_id").as("actors"))
        .filter(col("actors").gt(maxActorsPerArticle));
  }

  /** Per article and actor: mention count, rank by mentions (ties: smaller id), actors in the article. */
  private static Dataset<Row> ranked(Dataset<Row> m) {
    return m.groupBy("article_id", "actor_id").agg(count("*").as("n"))
        .withColumn("rank", row_number().over(Window.partitionBy("article_id")
            .orderBy(col("n").desc(), col("actor_id").asc())))
        .withColumn("actors", count("*").over(Window.partitionBy("article_id")));
  }

  static Column npmi(Column joint, Column a, Column b, Column n) {
    Column pab = joint.divide(n);
    Column pa = a.divide(n);
    Column pb = b.divide(n);
    return when(pab.geq(1.0), lit(1.0))
        .otherwise(log(pab.divide(pa.multiply(pb))).divide(log(pab).multiply(-1)));
  }
}
