package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimgraph.ingest.IngestTestData.articlesById;
import static org.claimgraph.ingest.IngestTestData.assertWellFormed;
import static org.claimgraph.ingest.IngestTestData.rejections;
import static org.claimgraph.ingest.IngestTestData.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV, Parquet, text folders and HTML pages, plus the user errors ingest reports. */
class OtherFormatsIngestTest {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void csvWithOtherColumnNamesAndAMultiLineField() {
    ColumnMapping mapping = new ColumnMapping("doc", "link", "site", "headline", "when", "body");
    IngestResult r = Ingest.read(spark, IngestOptions.of(resource("csv/articles.csv")).withColumns(mapping), "run");
    assertWellFormed(r);
    Map<String, Row> byId = articlesById(r);
    assertThat(byId).containsOnlyKeys("c-1", "c-3");
    Row storm = byId.get("c-1");
    assertThat(storm.<String>getAs("text")).contains("roads were closed.\n\nA second paragraph");
    assertThat(storm.<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-05"));
    assertThat(storm.<String>getAs("outlet")).isEqualTo("Coast News");
    assertThat(storm.<String>getAs("url")).isEqualTo("https://example.org/c1");
    assertThat(rejections(r.rejected())).containsExactlyEntriesOf(Map.of("articles.csv:2", "empty_text"));
  }

  @Test
  void parquetWithFallbackColumnNames(@TempDir Path dir) {
    StructType schema = new StructType().add("uuid", DataTypes.LongType).add("headline", DataTypes.StringType)
        .add("date", DataTypes.DateType).add("content", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create(1L, "One", Date.valueOf("2024-03-04"), "The first article says that the parquet reader works."),
        RowFactory.create(2L, "Two", null, null),
        RowFactory.create(3L, "Three", null, "The third article is here, and it is not the same as the first."));
    String out = dir.resolve("pq").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(out);

    IngestResult r = Ingest.read(spark, IngestOptions.of(out), "run");
    assertWellFormed(r);
    Map<String, Row> byId = articlesById(r);
    assertThat(byId).containsOnlyKeys("1", "3");
    assertThat(byId.get("1").<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-04"));
    assertThat(byId.get("1").<String>getAs("title")).isEqualTo("One");
    Row missing = r.rejected().first();
    assertThat(missing.<String>getAs("reason")).isEqualTo("missing_text");
    assertThat(missing.<Long>getAs("position")).isEqualTo(2L);
    assertThat(missing.<String>getAs("article_id")).isEqualTo("2");
  }

  @Test
  void textFolderOneArticlePerFile() {
    IngestResult r = Ingest.read(spark, IngestOptions.of(resource("text")), "run");
    assertWellFormed(r);
    Map<String, Row> byId = articlesById(r);
    assertThat(byId).containsOnlyKeys("alpha", "sub/beta");
    assertThat(byId.get("alpha").<String>getAs("title")).isEqualTo("Harbour reopens");
    assertThat(byId.get("alpha").<String>getAs("text"))
        .isEqualTo("The harbour reopened on Friday after repairs that took most of the winter, the port authority "
            + "said.\n\nBoats were back by noon.");
    assertThat(byId.get("sub/beta").<String>getAs("title")).isNull();
    assertThat(byId.get("sub/beta").<String>getAs("text")).startsWith("No title here because");
  }

  @Test
  void htmlPagesGiveMetadataAndTheBodyOnly() {
    IngestResult r = Ingest.read(spark, IngestOptions.of(resource("html")), "run");
    assertWellFormed(r);
    Map<String, Row> byId = articlesById(r);
    Row one = byId.get("page-one");
    assertThat(one.<String>getAs("title")).isEqualTo("River plan approved");
    assertThat(one.<String>getAs("outlet")).isEqualTo("The Valley Post");
    assertThat(one.<String>getAs("url")).isEqualTo("https://valleypost.example/river-plan");
    assertThat(one.<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-04"));
    assertThat(one.<String>getAs("text")).startsWith("The council approved the river plan")
        .contains("\n\nEngineers said").endsWith("clapped.")
        .doesNotContain("Home", "Share", "Another story", "Copyright");
    Row two = byId.get("page-two");
    assertThat(two.<String>getAs("title")).isEqualTo("Library to stay open late");
    assertThat(two.<String>getAs("outlet")).isEqualTo("Town Crier");
    assertThat(two.<Date>getAs("published")).isEqualTo(Date.valueOf("2024-03-06"));
    assertThat(two.<String>getAs("text")).startsWith("The town library").endsWith("reserves.")
        .doesNotContain("Great news", "Front page");
  }

  @Test
  void mixedFormatsByExtension() {
    IngestResult r = Ingest.read(spark, new IngestOptions(List.of(resource("text/alpha.txt"), resource("html")),
        InputFormat.AUTO, null, 1_000_000, null, 0, 2), "run");
    assertWellFormed(r);
    assertThat(r.counts().accepted()).isEqualTo(3);
    assertThat(r.articles().rdd().getNumPartitions()).isEqualTo(2);
  }

  @Test
  void userErrorsSayWhatToDo(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Ingest.read(spark, IngestOptions.of(dir.resolve("nope").toString()), "run"))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("no such input");
    Files.writeString(dir.resolve("notes.md"), "# not an input");
    assertThatThrownBy(() -> Ingest.read(spark, IngestOptions.of(dir.resolve("notes.md").toString()), "run"))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("cannot tell the format");
    assertThatThrownBy(() -> Ingest.read(spark, IngestOptions.of(dir.toString()), "run"))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("no input files");
    // Spark's Parquet reader would fail the run on a JSON file with a stack trace.
    Path json = Files.writeString(dir.resolve("day.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n");
    assertThatThrownBy(() -> Ingest.read(spark, IngestOptions.of(json.toString()).withFormat(InputFormat.PARQUET), "run"))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("is not a Parquet file")
        .hasMessageContaining("--format jsonl");
    assertThatThrownBy(() -> InputFormat.parse("xml"))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("unknown input format");
  }
}
