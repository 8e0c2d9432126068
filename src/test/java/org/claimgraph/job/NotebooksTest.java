package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.tables.OutputStore;
import org.claimgraph.tables.PublishedViews;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code %%sql} cell of every notebook runs on the tables of a real sample run and returns rows,
 * and every statement of the {@code .sql} notebooks runs, so the notebooks never fall behind the tables.
 */
class NotebooksTest {
  private static final Path NOTEBOOKS = Path.of("notebooks");
  private final SparkSession spark = SparkTestSession.get();

  /** A code cell whose first line is the {@code %%sql} cell magic; the rest of the cell is Spark SQL. */
  record SqlCell(String notebook, int index, String sql) {}

  static List<SqlCell> sqlCells(Path notebook) throws IOException {
    JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).get("cells");
    List<SqlCell> found = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      StringBuilder source = new StringBuilder();
      cell.get("source").forEach(line -> source.append(line.asText()));
      String text = source.toString();
      if (cell.get("cell_type").asText().equals("code") && text.startsWith("%%sql")) {
        found.add(new SqlCell(notebook.getFileName().toString(), i, text.substring(text.indexOf('\n') + 1)));
      }
    }
    return found;
  }

  private static List<Path> notebooks(String extension) throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void everySqlCellOfEveryNotebookReturnsRowsOnTheSampleOutput() throws IOException {
    PublishedViews.register(OutputStore.at(spark, SampleOutput.dir().toString()), null);
    List<Path> notebooks = notebooks(".ipynb");
    assertThat(notebooks).extracting(p -> p.getFileName().toString())
        .containsExactly("01-tour.ipynb", "02-actors.ipynb", "03-claims.ipynb", "04-network.ipynb");
    int ran = 0;
    for (Path notebook : notebooks) {
      List<SqlCell> cells = sqlCells(notebook);
      assertThat(cells).as(notebook + " has SQL cells").isNotEmpty();
      for (SqlCell cell : cells) {
        ReadOnlySql.check(spark, cell.sql());
        List<Row> rows = spark.sql(cell.sql()).collectAsList();
        assertThat(rows).as(cell.notebook() + " cell " + cell.index() + ":\n" + cell.sql()).isNotEmpty();
        ran++;
      }
    }
    assertThat(ran).isGreaterThanOrEqualTo(24);
  }

  @Test
  void everyNotebookSaysWhatItShowsAndDrawsAChart() throws IOException {
    for (Path notebook : notebooks(".ipynb")) {
      String json = Files.readString(notebook);
      JsonNode root = new ObjectMapper().readTree(json);
      assertThat(root.get("nbformat").asInt()).isEqualTo(4);
      List<String> kinds = new ArrayList<>();
      root.get("cells").forEach(c -> kinds.add(c.get("cell_type").asText()));
      assertThat(kinds).as(notebook + " explains itself").contains("markdown");
      assertThat(json).as(notebook + " draws a chart from a result").containsPattern("\\.plot|plt\\.|draw\\(");
    }
  }

  @Test
  void everyStatementOfTheSqlNotebooksRuns() throws IOException {
    PublishedViews.register(OutputStore.at(spark, SampleOutput.dir().toString()), null);
    for (Path file : notebooks(".sql")) {
      SqlCommand command = new SqlCommand();
      new CommandLine(command).parseArgs("--file", file.toString());
      for (String statement : command.statements()) {
        ReadOnlySql.check(spark, statement);
        // Runs without error; rows are not required, since the sample has no rejected records.
        spark.sql(statement).collectAsList();
      }
    }
  }
}
