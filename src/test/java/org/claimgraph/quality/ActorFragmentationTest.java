package org.claimgraph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;

class ActorFragmentationTest {

  @Test
  void countsTheMentionsOfAnActorsNamesThatLandElsewhere() {
    SparkSession spark = SparkTestSession.get();
    StructType mentions = new StructType().add("text", DataTypes.StringType).add("actor_id", DataTypes.StringType);
    Dataset<Row> m = spark.createDataFrame(List.of(
        RowFactory.create("Barack Obama", "o"), RowFactory.create("Obama", "o"), RowFactory.create("Mr. Obama’s", "o"),
        RowFactory.create("Obama", "lone"), RowFactory.create("Obama’s", null), RowFactory.create("Obamacare", "c"),
        RowFactory.create("Michelle Obama", "mo")), mentions);
    StructType actors = new StructType().add("actor_id", DataTypes.StringType).add("canonical_name", DataTypes.StringType)
        .add("type", DataTypes.StringType).add("mentions", DataTypes.LongType);
    Dataset<Row> a = spark.createDataFrame(List.of(RowFactory.create("o", "Barack Obama", "PER", 3L),
        RowFactory.create("lone", "Obama", "PER", 1L), RowFactory.create("c", "Obamacare", "ORG", 1L)), actors);
    ActorFragmentation.Result r = ActorFragmentation.of(m, a, 20);
    ActorFragmentation.ActorShare obama = r.actors().get(0);
    assertThat(obama.name()).isEqualTo("Barack Obama");
    assertThat(obama.mentionsOfNames()).isEqualTo(5);
    assertThat(obama.elsewhere()).isEqualTo(1);
    assertThat(obama.unlinked()).isEqualTo(1);
    ActorFragmentation.ActorShare lone = r.actors().stream().filter(x -> x.actorId().equals("lone")).findFirst().orElseThrow();
    assertThat(lone.mentionsOfNames()).as("a lone surname actor is a fragment, owning nothing").isZero();
    assertThat(r.share()).isEqualTo(2 / 6.0);
  }
}
