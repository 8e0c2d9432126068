package org.claimgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
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
 */
public final class Cooccurrences {
  private Cooccurrences() {}

  public static final int DEFAULT_MAX_ACTORS = 50;

  public static Dataset<Row> table(Dataset<Row> mentionsWithActor, Dataset<Row> articles) {
    return table(mentionsWithActor, articles, DEFAULT_MAX_ACTORS);
  }

  /**
   * @param mentionsWithActor mentions with actor_id (article_id, sentence_index, actor_id used)
   * @param articles the merged articles table (article_id, published, text used)
   * @param maxActorsPerArticle K, the per-article bound
   */
  public static Dataset<Row> table(Dataset<Row> mentionsWithActor, Dataset<Row> articles, int maxActorsPerArticle) {
    Dataset<Row> info = Stories.assign(articles)
        .join(articles.select(col("article_id").as("p_article"), col("published")),
            col("article_id").equalTo(col("p_article")))
        .select(col("article_id").as("i_article"), col("story_id"), col("published"));
    Dataset<Row> m = mentionsWithActor.filter(col("actor_id").isNotNull())
        .select("article_id", "sentence_index", "actor_id");
    Dataset<Row> kept = ranked(m).filter(col("rank").leq(maxActorsPerArticle))
        .select(col("article_id"), col("actor_id"), col("actors").gt(maxActorsPerArticle).as("capped"));

    Dataset<Row> ka = kept.select(col("article_id"), col("actor_id").as("actor_a"), col("capped"));
    Dataset<Row> kb = kept.select(col("article_id").as("b_article"), col("actor_id").as("actor_b"));
    Dataset<Row> articlePairs = ka.join(kb, col("article_id").equalTo(col("b_article"))
            .and(col("actor_a").lt(col("actor_b"))))
        .select("article_id", "actor_a", "actor_b", "capped");

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

    Dataset<Row> sentenceEvidence = sentencePairs.groupBy(col("actor_a").as("e_a"), col("actor_b").as("e_b"))
        .agg(countDistinct(col("story_id"), col("sentence_index")).as("sentences"));

    Dataset<Row> bySentence = windowCounts(sentencePairs, "sentence");
    Dataset<Row> byArticle = windowCounts(articlePairs.join(info, col("article_id").equalTo(col("i_article"))), "article");

    Dataset<Row> storiesPerActor = m.select("article_id", "actor_id").distinct()
        .join(info, col("article_id").equalTo(col("i_article")))
        .groupBy("actor_id").agg(countDistinct("story_id").as("actor_stories"));
    Dataset<Row> total = info.agg(countDistinct("story_id").as("n_stories"));

    Dataset<Row> pairs = bySentence.unionByName(byArticle)
        .join(sentenceEvidence, col("actor_a").equalTo(col("e_a")).and(col("actor_b").equalTo(col("e_b"))), "left")
        .withColumn("sentences", org.apache.spark.sql.functions.coalesce(col("sentences"), lit(0L)))
        .join(storiesPerActor.select(col("actor_id").as("ma"), col("actor_stories").as("sa")),
            col("actor_a").equalTo(col("ma")))
        .join(storiesPerActor.select(col("actor_id").as("mb"), col("actor_stories").as("sb")),
            col("actor_b").equalTo(col("mb")))
        .crossJoin(total)
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

  private static Dataset<Row> windowCounts(Dataset<Row> pairsWithInfo, String window) {
    return pairsWithInfo.groupBy("actor_a", "actor_b")
        .agg(countDistinct("story_id").as("stories"), min("published").as("first_date"),
            max("published").as("last_date"),
            countDistinct(when(col("capped"), col("story_id"))).as("capped_stories"))
        .withColumn("window", lit(window));
  }

  static Column npmi(Column joint, Column a, Column b, Column n) {
    Column pab = joint.divide(n);
    Column pa = a.divide(n);
    Column pb = b.divide(n);
    return when(pab.geq(1.0), lit(1.0))
        .otherwise(log(pab.divide(pa.multiply(pb))).divide(log(pab).multiply(-1)));
  }
}
