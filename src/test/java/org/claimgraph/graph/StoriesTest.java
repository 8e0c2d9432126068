package org.claimgraph.graph;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.SparkTestSession;
import org.claimgraph.actors.GoldData;
import org.junit.jupiter.api.Test;

/** A run's stories found among the stored ones equal the stories of every article assigned at once. */
class StoriesTest {
  private final SparkSession spark = SparkTestSession.get();
  private static final StructType TEXTS = new StructType().add("article_id", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  private Dataset<Row> signed(Map<String, String> texts) {
    List<Row> rows = new ArrayList<>();
    texts.forEach((id, text) -> rows.add(RowFactory.create(id, text)));
    return spark.createDataFrame(rows, TEXTS).select(col("article_id"), Stories.signature(col("text")).as("minhash"));
  }

  private static Map<String, String> storyOf(Dataset<Row> rows) {
    Map<String, String> out = new HashMap<>();
    for (Row r : rows.collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void aNewCopyMovesItsOldOriginalsStoryAndNoUntouchedArticleChanges() {
    Map<String, String> stored = new HashMap<>();
    Map<String, String> fresh = new HashMap<>();
    GoldData.articles().forEach((id, a) -> (id.equals("s012") || id.compareTo("s020") > 0 ? fresh : stored).put(id, a.text()));
    // An article processed again with other text leaves its old buckets.
    fresh.put("s018", "An entirely rewritten report about something else, with none of the words it had before, "
        + "so that it shares no shingle with its former copy and leaves that story.");
    Map<String, String> all = new HashMap<>(stored);
    all.putAll(fresh);

    Map<String, String> before = storyOf(Stories.assignBySignature(signed(stored)));
    Map<String, String> after = storyOf(Stories.assignBySignature(signed(all)));
    Map<String, String> changed = storyOf(Stories.assignAmong(signed(fresh), signed(stored), rows -> rows));

    assertThat(changed).containsKeys(fresh.keySet().toArray(String[]::new));
    after.forEach((id, story) -> {
      if (changed.containsKey(id)) {
        assertThat(changed.get(id)).as(id).isEqualTo(story);
      } else {
        assertThat(before.get(id)).as(id + " is untouched, so its story stays").isEqualTo(story);
      }
    });
    assertThat(after.get("s019")).as("the stored copy joins the new original's story").isEqualTo("s012");
    assertThat(before.get("s019")).isEqualTo("s019");
    assertThat(changed).containsEntry("s019", "s012").containsEntry("s017", "s017").containsEntry("s018", "s018");
    List<String> oldOnes = new ArrayList<>(changed.keySet());
    oldOnes.removeAll(fresh.keySet());
    assertThat(oldOnes).as("only stored articles in the run's buckets are read again").containsExactlyInAnyOrder("s017", "s019");
  }
}
