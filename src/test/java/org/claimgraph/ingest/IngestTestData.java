package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.Tables;

/** Test inputs under src/test/resources/ingest/ and small helpers to look at ingest results. */
final class IngestTestData {
  private IngestTestData() {}

  static String resource(String relative) {
    return Path.of("src/test/resources/ingest", relative).toAbsolutePath().toString();
  }

  /** The checks every ingest result must pass: schemas and the count invariant. */
  static void assertWellFormed(IngestResult result) {
    assertThat(result.articles().schema()).isEqualTo(Ingest.ARTICLES_SCHEMA);
    assertThat(result.articles().columns()).containsExactly(Tables.ARTICLES.columnNames().stream()
        .filter(c -> !java.util.List.of("sentence_count", "token_count", "story_id", "minhash").contains(c))
        .toArray(String[]::new));
    assertThat(result.rejected().schema()).isEqualTo(Tables.REJECTED.schema());
    IngestCounts c = result.counts();
    assertThat(c.inputRecords()).isEqualTo(c.accepted() + c.rejected() + c.duplicates());
    assertThat(result.articles().count()).isEqualTo(c.accepted());
    assertThat(result.rejected().count()).isEqualTo(c.rejected());
  }

  static Map<String, Row> articlesById(IngestResult result) {
    return result.articles().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r, (a, b) -> a, TreeMap::new));
  }

  /** "file-name:position" to reason, for every rejected row. */
  static Map<String, String> rejections(Dataset<Row> rejected) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : rejected.collectAsList()) {
      String file = r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1);
      out.put(file + ":" + (r.isNullAt(1) ? "-" : r.getLong(1)), r.getString(3));
    }
    return out;
  }

  static List<String> ids(Dataset<Row> df) {
    return df.select("article_id").collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }
}
