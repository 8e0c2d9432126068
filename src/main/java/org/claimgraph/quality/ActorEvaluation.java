package org.claimgraph.quality;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.actors.ActorResolution;

/**
 * Pairwise evaluation of actor resolution against {@code eval/actor-merges.tsv}: hand-labelled
 * groups of name surface forms in real news articles ({@code article_id group_id surface type};
 * group ids are global, so the same person in two articles has one group id).
 *
 * <p>Mentions are the gold surfaces located in the article text (every occurrence, whole words,
 * longest surface first, no overlaps), so this measures the resolution rules given perfect NER,
 * not the NER model. Every pair of mentions (within and across articles) is a merge pair when the
 * resolver gives both the same actor id; precision and recall are over those pairs against the
 * gold "same group" pairs. Within-article pairs are also reported on their own.
 */
public final class ActorEvaluation {
  private ActorEvaluation() {}

  public static final String GOLD_RESOURCE = "/eval/actor-merges.tsv";

  public record PairScores(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : truePositives / (double) (truePositives + falseNegatives);
    }
  }

  public record Scores(int articles, int mentions, PairScores all, PairScores withinArticle,
      Map<String, Long> falseMerges, Map<String, Long> missedMerges) {}

  record Gold(String articleId, String group, String surface, String type) {}

  private record Located(String mentionId, String articleId, int begin, String surface, String type, String group) {}

  /**
   * @param newsJsonl the news file the gold's article ids come from (jsonl, plain or .gz)
   * @param aliasOverrides alias overrides to apply (may be null)
   */
  public static Scores evaluate(SparkSession spark, String newsJsonl, Dataset<Row> aliasOverrides) {
    List<Gold> gold = readGold();
    Map<String, List<Gold>> byArticle = new LinkedHashMap<>();
    for (Gold g : gold) {
      byArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
    }
    Map<String, String> texts = new HashMap<>();
    // 15 articles: collecting their texts to the driver is the point of an evaluation.
    for (Row r : spark.read().json(newsJsonl).filter(col("id").isin(byArticle.keySet().toArray()))
        .select("id", "text").collectAsList()) {
      texts.put(r.getString(0), r.getString(1));
    }
    List<Located> located = new ArrayList<>();
    for (Map.Entry<String, List<Gold>> e : byArticle.entrySet()) {
      String text = texts.get(e.getKey());
      if (text == null) {
        throw new IllegalArgumentException("article " + e.getKey() + " of the gold is not in " + newsJsonl);
      }
      located.addAll(locate(e.getKey(), text, e.getValue()));
    }
    StructType schema = new StructType().add("mention_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
        .add("begin", DataTypes.IntegerType).add("text", DataTypes.StringType).add("type", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (Located l : located) {
      rows.add(RowFactory.create(l.mentionId(), l.articleId(), l.begin(), l.surface(), l.type()));
    }
    Map<String, String> actorOf = new HashMap<>();
    for (Row r : ActorResolution.resolve(spark.createDataFrame(rows, schema), aliasOverrides).mentionsWithActor()
        .select("mention_id", "actor_id").collectAsList()) {
      actorOf.put(r.getString(0), r.getString(1));
    }
    long[] all = new long[3];
    long[] within = new long[3];
    Map<String, Long> falseMerges = new TreeMap<>();
    Map<String, Long> missed = new TreeMap<>();
    for (int i = 0; i < located.size(); i++) {
      for (int j = i + 1; j < located.size(); j++) {
        Located a = located.get(i);
        Located b = located.get(j);
        boolean goldSame = a.group().equals(b.group());
        boolean ourSame = actorOf.get(a.mentionId()) != null && actorOf.get(a.mentionId()).equals(actorOf.get(b.mentionId()));
        int cell = goldSame && ourSame ? 0 : ourSame ? 1 : goldSame ? 2 : -1;
        if (cell < 0) {
          continue;
        }
        all[cell]++;
        if (a.articleId().equals(b.articleId())) {
          within[cell]++;
        }
        String pair = a.surface().compareTo(b.surface()) <= 0 ? a.surface() + " ~ " + b.surface() : b.surface() + " ~ " + a.surface();
        if (cell == 1) {
          falseMerges.merge(pair, 1L, Long::sum);
        } else if (cell == 2) {
          missed.merge(a.group() + ": " + pair, 1L, Long::sum);
        }
      }
    }
    return new Scores(byArticle.size(), located.size(), new PairScores(all[0], all[1], all[2]),
        new PairScores(within[0], within[1], within[2]), falseMerges, missed);
  }

  /** Evaluates and prints the figures, the false merges and the most frequent missed merges. */
  public static Scores evaluateAndPrint(SparkSession spark, String newsJsonl, Dataset<Row> aliasOverrides, String label) {
    Scores s = evaluate(spark, newsJsonl, aliasOverrides);
    System.out.printf("actor merges [%s]: %d articles, %d mentions%n", label, s.articles(), s.mentions());
    System.out.printf("  all pairs:            precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
        s.all().precision(), s.all().recall(), s.all().truePositives(), s.all().falsePositives(), s.all().falseNegatives());
    System.out.printf("  within-article pairs: precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
        s.withinArticle().precision(), s.withinArticle().recall(), s.withinArticle().truePositives(),
        s.withinArticle().falsePositives(), s.withinArticle().falseNegatives());
    s.falseMerges().forEach((k, v) -> System.out.println("  false merge  " + v + "  " + k));
    s.missedMerges().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(15).forEach(e -> System.out.println("  missed merge " + e.getValue() + "  " + e.getKey()));
    return s;
  }

  static List<Gold> readGold() {
    try (InputStream in = ActorEvaluation.class.getResourceAsStream(GOLD_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + GOLD_RESOURCE);
      }
      List<Gold> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = reader.readLine();  // header
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Gold(f[0], f[1], f[2], f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every whole-word occurrence of the article's gold surfaces, longest first, not overlapping. */
  static List<Located> locate(String articleId, String text, List<Gold> surfaces) {
    List<Gold> ordered = new ArrayList<>(surfaces);
    ordered.sort(Comparator.comparingInt((Gold g) -> g.surface().length()).reversed());
    boolean[] taken = new boolean[text.length()];
    List<Located> out = new ArrayList<>();
    for (Gold g : ordered) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(g.surface()) + "(?![\\p{L}\\p{N}])").matcher(text);
      int found = 0;
      while (m.find()) {
        boolean free = true;
        for (int i = m.start(); i < m.end() && free; i++) {
          free = !taken[i];
        }
        if (free) {
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
          out.add(new Located(articleId + ":" + m.start(), articleId, m.start(), g.surface(), g.type(), g.group()));
          found++;
        }
      }
      if (found == 0) {
        throw new IllegalArgumentException("gold surface '" + g.surface() + "' not found in article " + articleId);
      }
    }
    return out;
  }
}
