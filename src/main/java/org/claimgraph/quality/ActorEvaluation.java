package org.claimgraph.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.nlp.LoadedModel;

/**
 * Pairwise evaluation of actor resolution against a hand-labelled {@link ActorGold} set (group ids
 * are global, so the same person in two articles has one group id).
 *
 * <p>Two readings. <b>Gold mentions</b>: the gold surfaces located in the text are the mentions,
 * typed as the gold says, so this measures the linking rules given perfect NER. <b>Tagger
 * mentions</b>: the model annotates the articles and its mentions, with its boundaries and types,
 * are resolved; each is scored as the gold mention it overlaps most, and mentions overlapping no
 * gold surface take part in resolution but are not scored. Every pair of scored mentions (within and
 * across articles) is a merge pair when the resolver gives both the same actor id; precision and
 * recall are over those pairs against the gold "same group" pairs. Type accuracy is over actors: the
 * distinct actor ids among the scored mentions, right when the actor's type is the gold type of most
 * of its scored mentions.
 */
public final class ActorEvaluation {
  private ActorEvaluation() {}

  public record PairScores(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : truePositives / (double) (truePositives + falseNegatives);
    }
  }

  public record Scores(int articles, int mentions, int unlinked, PairScores all, PairScores withinArticle,
      int actors, int actorsTypedRight, Map<String, Long> falseMerges, Map<String, Long> missedMerges,
      Map<String, Long> typeErrors) {
    public double typeAccuracy() {
      return actors == 0 ? 1.0 : actorsTypedRight / (double) actors;
    }
  }

  /** One mention that is scored: which gold entity it names, and its surface for the error lists. */
  record Scored(String mentionId, String articleId, String surface, String group, String goldType) {}

  private static final StructType MENTIONS = new StructType().add("mention_id", DataTypes.StringType)
      .add("article_id", DataTypes.StringType).add("begin", DataTypes.IntegerType)
      .add("text", DataTypes.StringType).add("type", DataTypes.StringType);

  /** Gold mentions as the resolver's input: perfect boundaries and types. */
  public static Scores onGoldMentions(SparkSession spark, ActorGold gold, Dataset<Row> aliasOverrides) {
    List<Row> rows = new ArrayList<>();
    List<Scored> scored = new ArrayList<>();
    for (ActorGold.Located l : gold.located()) {
      String id = l.articleId() + ":" + l.begin();
      rows.add(RowFactory.create(id, l.articleId(), l.begin(), l.surface(), l.type()));
      scored.add(new Scored(id, l.articleId(), l.surface(), l.group(), l.type()));
    }
    return score(gold, scored, ActorResolution.resolve(spark.createDataFrame(rows, MENTIONS), aliasOverrides)
        .mentionsWithActor());
  }

  /** The model's own mentions of the gold articles, each scored as the gold mention it overlaps most. */
  public static Scores onTaggerMentions(SparkSession spark, ActorGold gold, LoadedModel model,
      Dataset<Row> aliasOverrides) {
    Dataset<Row> tagged = ActorTaggerMentions.of(spark, gold, model);
    Map<String, List<ActorGold.Located>> goldByArticle = new HashMap<>();
    for (ActorGold.Located l : gold.located()) {
      goldByArticle.computeIfAbsent(l.articleId(), k -> new ArrayList<>()).add(l);
    }
    List<Scored> scored = new ArrayList<>();
    for (Row r : tagged.select("mention_id", "article_id", "begin", "end", "text").collectAsList()) {
      ActorGold.Located best = null;
      int bestOverlap = 0;
      for (ActorGold.Located l : goldByArticle.getOrDefault(r.getString(1), List.of())) {
        int overlap = Math.min(r.getInt(3), l.end()) - Math.max(r.getInt(2), l.begin());
        if (overlap > bestOverlap) {
          best = l;
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        scored.add(new Scored(r.getString(0), r.getString(1), r.getString(4), best.group(), best.type()));
      }
    }
    return score(gold, scored, ActorResolution.resolve(tagged, aliasOverrides).mentionsWithActor());
  }

  public static Dataset<Row> taggerForDev(SparkSession spark, ActorGold gold, LoadedModel model) {
    return ActorTaggerMentions.of(spark, gold, model);
  }

  private static Scores score(ActorGold gold, List<Scored> scored, Dataset<Row> resolved) {
    Map<String, String[]> actorOf = new HashMap<>();
    for (Row r : resolved.select("mention_id", "actor_id", "actor_type").collectAsList()) {
      if (!r.isNullAt(1)) {
        actorOf.put(r.getString(0), new String[] {r.getString(1), r.getString(2)});
      }
    }
    long[] all = new long[3];
    long[] within = new long[3];
    Map<String, Long> falseMerges = new TreeMap<>();
    Map<String, Long> missed = new TreeMap<>();
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        Scored a = scored.get(i);
        Scored b = scored.get(j);
        boolean goldSame = a.group().equals(b.group());
        String[] actorA = actorOf.get(a.mentionId());
        String[] actorB = actorOf.get(b.mentionId());
        boolean ourSame = actorA != null && actorB != null && actorA[0].equals(actorB[0]);
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
    Map<String, Map<String, Integer>> goldTypesByActor = new HashMap<>();
    Map<String, String> typeOfActor = new HashMap<>();
    Map<String, String> surfaceOfActor = new HashMap<>();
    int unlinked = 0;
    for (Scored s : scored) {
      String[] actor = actorOf.get(s.mentionId());
      if (actor == null) {
        unlinked++;
        continue;
      }
      goldTypesByActor.computeIfAbsent(actor[0], k -> new TreeMap<>()).merge(s.goldType(), 1, Integer::sum);
      typeOfActor.put(actor[0], actor[1]);
      surfaceOfActor.putIfAbsent(actor[0], s.surface());
    }
    int right = 0;
    Map<String, Long> typeErrors = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : goldTypesByActor.entrySet()) {
      String goldType = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      String ours = typeOfActor.get(e.getKey());
      if (goldType.equals(ours)) {
        right++;
      } else {
        typeErrors.merge(surfaceOfActor.get(e.getKey()) + " " + ours + " (gold " + goldType + ")", 1L, Long::sum);
      }
    }
    return new Scores(gold.byArticle().size(), scored.size(), unlinked, new PairScores(all[0], all[1], all[2]),
        new PairScores(within[0], within[1], within[2]), goldTypesByActor.size(), right, falseMerges, missed,
        typeErrors);
  }

  /** Prints the figures, the false merges, the most frequent missed merges and the type errors. */
  public static Scores print(Scores s, String label) {
    System.out.printf("actor merges [%s]: %d articles, %d scored mentions (%d with no actor)%n", label, s.articles(),
        s.mentions(), s.unlinked());
    System.out.printf("  all pairs:            precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
        s.all().precision(), s.all().recall(), s.all().truePositives(), s.all().falsePositives(), s.all().falseNegatives());
    System.out.printf("  within-article pairs: precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)%n",
        s.withinArticle().precision(), s.withinArticle().recall(), s.withinArticle().truePositives(),
        s.withinArticle().falsePositives(), s.withinArticle().falseNegatives());
    System.out.printf("  actor types:          accuracy %.3f  (%d of %d actors)%n", s.typeAccuracy(),
        s.actorsTypedRight(), s.actors());
    top(s.falseMerges(), 10).forEach(e -> System.out.println("  false merge  " + e.getValue() + "  " + e.getKey()));
    top(s.missedMerges(), 15).forEach(e -> System.out.println("  missed merge " + e.getValue() + "  " + e.getKey()));
    top(s.typeErrors(), 10).forEach(e -> System.out.println("  wrong type   " + e.getValue() + "  " + e.getKey()));
    return s;
  }

  private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(n).toList();
  }

  /** Both sets, both readings (gold mentions, tagger mentions), printed; the held-out tagger reading returned. */
  public static Scores evaluateAndPrint(SparkSession spark, List<Path> newsFiles, LoadedModel model,
      Dataset<Row> aliasOverrides, String label) {
    ActorGold dev = ActorGold.load(spark, "development, 16 articles", ActorGold.DEVELOPMENT, newsFiles);
    ActorGold heldOut = ActorGold.load(spark, "held-out, 33 articles", ActorGold.HELD_OUT, newsFiles);
    print(onGoldMentions(spark, dev, aliasOverrides), dev.label() + ", gold mentions, " + label);
    print(onTaggerMentions(spark, dev, model, aliasOverrides), dev.label() + ", tagger mentions, " + label);
    print(onGoldMentions(spark, heldOut, aliasOverrides), heldOut.label() + ", gold mentions, " + label);
    return print(onTaggerMentions(spark, heldOut, model, aliasOverrides),
        heldOut.label() + ", tagger mentions, " + label);
  }
}
