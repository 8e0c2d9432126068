package org.claimgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.actors.ActorNames;
import org.claimgraph.actors.ActorResolution;
import org.claimgraph.actors.GoldData;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

/** An article naming more than K actors contributes pairs among its top K only, and says so. */
class TopKBoundTest {
  @Test
  void articlesWithManyActorsContributeOnlyTheirTopK() {
    SparkSession spark = SparkTestSession.get();
    String[] names = {"Alpha Anders", "Bravo Bell", "Charlie Chu", "Delta Dorn", "Echo Eames"};
    List<Row> mentions = new ArrayList<>();
    Date day = Date.valueOf("2024-03-01");
    int begin = 0;
    for (int i = 0; i < names.length; i++) {
      for (int n = 0; n < names.length - i; n++) {  // Alpha 5 mentions, Bravo 4, ... Echo 1
        mentions.add(RowFactory.create("m" + begin, "big", day, 0, begin, begin + names[i].length(), names[i], "PER",
            1.0, "r1", null, null));
        begin += 100;
      }
    }
    // A second, small article: Delta and Echo together, below the bound there.
    mentions.add(RowFactory.create("s1", "small", day, 0, 0, 10, "Delta Dorn", "PER", 1.0, "r1", null, null));
    mentions.add(RowFactory.create("s2", "small", day, 0, 20, 30, "Echo Eames", "PER", 1.0, "r1", null, null));
    Dataset<Row> m = spark.createDataFrame(mentions, GoldData.mentionInputSchema());
    List<Row> articles = List.of(
        RowFactory.create("big", null, "Outlet", "t", day, "en", "a long list article about five people", "h1", 10, 1, 1, null, "r1"),
        RowFactory.create("small", null, "Outlet", "t", day, "en", "a different short text on two of them", "h2", 10, 1, 1, null, "r1"));
    Dataset<Row> a = spark.createDataFrame(articles, GoldData.articleInputSchema());
    Dataset<Row> resolved = ActorResolution.resolve(m, null).mentionsWithActor();

    List<Row> rows = Cooccurrences.table(resolved, a, 3).filter("window = 'article'").collectAsList();
    Set<Set<String>> pairs = new HashSet<>();
    for (Row r : rows) {
      pairs.add(Set.of(r.getString(0), r.getString(1)));
    }
    String alpha = id("Alpha Anders");
    String bravo = id("Bravo Bell");
    String charlie = id("Charlie Chu");
    String delta = id("Delta Dorn");
    String echo = id("Echo Eames");
    assertThat(pairs).containsExactlyInAnyOrder(Set.of(alpha, bravo), Set.of(alpha, charlie), Set.of(bravo, charlie),
        Set.of(delta, echo));
    for (Row r : rows) {
      boolean fromBig = !Set.of(r.getString(0), r.getString(1)).equals(Set.of(delta, echo));
      assertThat((long) r.getAs("capped_stories")).isEqualTo(fromBig ? 1L : 0L);
    }
    List<Row> capped = Cooccurrences.cappedArticles(resolved, 3).collectAsList();
    assertThat(capped).hasSize(1);
    assertThat(capped.get(0).getString(0)).isEqualTo("big");
    assertThat(capped.get(0).getLong(1)).isEqualTo(5L);
    assertThat(Cooccurrences.table(resolved, a, 50).filter("window = 'article'").count()).isEqualTo(10);
  }

  private static String id(String name) {
    return ActorNames.actorId("PER", ActorNames.key(name, "PER"));
  }
}
