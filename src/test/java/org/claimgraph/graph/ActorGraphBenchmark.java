package org.claimgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.status.api.v1.StageData;
import scala.collection.JavaConverters;

/**
 * BENCHMARK ONLY, not part of the job: times the actors and graph stages on a real news file.
 * Mentions come from a deliberately crude capitalised-word-sequence extractor (no NER model), so
 * the figures measure the Spark stages, not the quality of the mentions.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.claimgraph.graph.ActorGraphBenchmark NEWS.jsonl.gz</pre>
 */
public final class ActorGraphBenchmark {
  private ActorGraphBenchmark() {}

  private static final Pattern NAME = Pattern.compile(
      "(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}{2,5}|(?:\\p{Lu}\\.){2,3})"
          + "(?:\\s(?:\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.|of|for|and))*(?:\\s\\p{Lu}\\p{Ll}+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+");
  private static final Set<String> STOP = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On",
      "But", "And", "This", "That", "There", "As", "At", "If", "When", "While", "After", "For", "His", "Her", "Their",
      "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December", "What", "Why", "How", "Who", "So", "Yet", "Still", "Even", "Some", "Many", "More", "Most", "Now");
  private static final Pattern ORG_WORD = Pattern.compile(
      ".*\\b(Party|Department|Committee|Court|News|Times|Post|Journal|University|Association|Council|Agency|"
          + "Commission|Senate|House|Congress|Inc|Corp|Company|Bank|Institute|Foundation|Administration|Network)\\b.*");

  static final StructType MENTIONS = new StructType().add("mention_id", DataTypes.StringType)
      .add("article_id", DataTypes.StringType).add("published", DataTypes.DateType)
      .add("sentence_index", DataTypes.IntegerType).add("begin", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType).add("text", DataTypes.StringType).add("type", DataTypes.StringType);

  /** Crude mentions of one article (article_id, published, text). */
  static List<Row> crudeMentions(String id, java.sql.Date published, String text) {
    List<Row> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    List<Integer> ends = new ArrayList<>();
    Matcher s = SENTENCE_END.matcher(text);
    while (s.find()) {
      ends.add(s.end());
    }
    Set<String> surnames = new HashSet<>();
    Matcher m = NAME.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      String t = m.group().strip();
      if (STOP.contains(t)) {
        continue;
      }
      String[] tokens = t.split(" ");
      if (tokens.length >= 2) {
        surnames.add(tokens[tokens.length - 1]);
      }
      spans.add(new int[] {m.start(), m.start() + t.length()});
    }
    int sentence = 0;
    for (int[] span : spans) {
      while (sentence < ends.size() && ends.get(sentence) <= span[0]) {
        sentence++;
      }
      String t = text.substring(span[0], span[1]);
      String[] tokens = t.split(" ");
      String type = t.matches("\\p{Lu}{2,5}|(?:\\p{Lu}\\.){2,3}") || ORG_WORD.matcher(t).matches() ? "ORG"
          : tokens.length >= 2 && tokens.length <= 3 ? "PER" : tokens.length == 1 && surnames.contains(t) ? "PER" : "LOC";
      out.add(RowFactory.create(id + ":" + span[0], id, published, sentence, span[0], span[1], t, type));
    }
    return out;
  }

  private static long shuffleWriteBytes(SparkSession spark) {
    long total = 0;
    for (StageData stage : JavaConverters.seqAsJavaList(spark.sparkContext().statusStore().stageList(java.util.List.of(), false, false, new double[0], java.util.List.of()))) {
      total += stage.shuffleWriteBytes();
    }
    return total;
  }

  public static void main(String[] args) {
    String news = args.length > 0 ? args[0] : "../shared/data/news/allsides-10k.jsonl.gz";
    SparkSession spark = SparkSession.builder().appName("actor-graph-benchmark").master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Dataset<Row> articles = spark.read().json(news)
        .select(col("id").as("article_id"), col("outlet"), to_date(col("published")).as("published"), col("text"))
        .repartition(8).cache();
    long n = articles.count();
    FlatMapFunction<Row, Row> extract = r -> crudeMentions(r.getString(0), r.getDate(2), r.getString(3)).iterator();
    Dataset<Row> mentions = articles.flatMap(extract, Encoders.row(MENTIONS)).withColumn("run_id", lit("bench")).cache();
    long mentionCount = mentions.count();
    System.out.printf("articles %d, crude mentions %d%n", n, mentionCount);

    ActorGraph.Result r = ActorGraph.build(articles, mentions, ClaimLinks.emptyClaims(spark),
        ActorResolution_overrides(spark), Cooccurrences.DEFAULT_MAX_ACTORS);
    Map<String, Dataset<Row>> stages = new LinkedHashMap<>();
    stages.put("mentions+actor_id", r.mentionsWithActor());
    stages.put("actors", r.actors());
    stages.put("actor_aliases", r.actorAliases());
    stages.put("cooccurrences", r.cooccurrences());
    stages.put("claim_edges (no claims)", r.claimEdges());
    stages.put("actor_daily", r.actorDaily());
    stages.put("capped articles", r.cappedArticles());
    for (Map.Entry<String, Dataset<Row>> e : stages.entrySet()) {
      long before = shuffleWriteBytes(spark);
      long start = System.nanoTime();
      long rows = e.getValue().count();
      double seconds = (System.nanoTime() - start) / 1e9;
      long shuffled = shuffleWriteBytes(spark) - before;
      System.out.printf("%-26s rows %9d  %6.1f s  shuffle write %8.1f MB%n", e.getKey(), rows, seconds, shuffled / 1e6);
    }
    spark.stop();
  }

  private static Dataset<Row> ActorResolution_overrides(SparkSession spark) {
    return org.claimgraph.actors.ActorResolution.readOverridesCsv(spark, null);
  }
}
