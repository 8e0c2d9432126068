package org.claimgraph.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.SparkTestSession;
import org.claimgraph.report.Aggregate;
import org.claimgraph.report.Aggregates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * {@code claimgraph report} on a real sample run: the page draws in headless Chromium, and its figures
 * (the {@code data-value} of every mark) and its Parquet aggregates are what {@code claimgraph sql}
 * answers to the same questions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {
  private static final Path WORK = Path.of("target", "dashboard-test");
  private final SparkSession spark = SparkTestSession.get();
  private Path report;
  private Document page;

  @BeforeAll
  void writeTheReportOfTheSampleOutput() throws IOException {
    report = WORK.resolve("report");
    ReportCommand command = new ReportCommand();
    new CommandLine(command).parseArgs("--output", SampleOutput.dir().toString(), "--to", report.toString());
    Path index = command.write(spark);
    page = Jsoup.parse(Files.readString(index));
  }

  @Test
  void everyChartDrawsInHeadlessChromiumWithoutConsoleErrorsAndIsScreenshot() throws Exception {
    // The dashboard has no script; this page around it measures what Chromium laid out.
    Path harness = WORK.resolve("harness.html");
    Files.writeString(harness, """
        <!DOCTYPE html><html><body><iframe id="f" src="report/index.html" width="1340" height="1800"></iframe>
        <pre id="drawn"></pre><script>
        window.addEventListener('load', function () {
          var lines = [];
          document.getElementById('f').contentDocument.querySelectorAll('svg.chart').forEach(function (svg) {
            var box = svg.getBBox(), marks = svg.querySelectorAll('.mark'), drawn = 0;
            marks.forEach(function (m) { var b = m.getBBox(); if (b.width + b.height > 0) drawn++; });
            lines.push(svg.dataset.aggregate + ' ' + Math.round(box.width) + ' ' + Math.round(box.height) + ' '
                + marks.length + ' ' + drawn);
          });
          document.getElementById('drawn').textContent = lines.join('\\n');
        });
        </script></body></html>
        """);
    Path profile = Files.createTempDirectory("claimgraph-chromium-");
    Process chromium = new ProcessBuilder(browser(), "--headless", "--no-sandbox", "--disable-gpu",
        "--allow-file-access-from-files", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--dump-dom", harness.toAbsolutePath().toUri().toString())
        .redirectError(WORK.resolve("chromium.log").toFile()).start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).isTrue();

    List<String[]> charts = Jsoup.parse(dom).getElementById("drawn").text().lines().map(l -> l.split(" ")).toList();
    assertThat(charts).extracting(c -> c[0]).containsExactly("top_actors_daily", "claims_by_cue_class_daily",
        "speaks_about", "outlets", "outlets", "run_summary", "run_stage_seconds");
    for (String[] chart : charts) {
      assertThat(Integer.parseInt(chart[1]) * Integer.parseInt(chart[2])).as(chart[0] + " has an area").isPositive();
      assertThat(Integer.parseInt(chart[3])).as(chart[0] + " has marks").isPositive();
      assertThat(chart[4]).as(chart[0] + ": every mark was laid out").isEqualTo(chart[3]);
    }
    List<String> console = Files.readAllLines(WORK.resolve("chromium.log")).stream()
        .filter(line -> line.contains(":CONSOLE")).toList();
    assertThat(console).as("console messages").isEmpty();

    Path png = WORK.resolve("dashboard.png");
    Process shot = new ProcessBuilder("jobs/dashboard-screenshot", report.toString(), png.toString())
        .redirectErrorStream(true).start();
    shot.getInputStream().readAllBytes();
    assertThat(shot.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(shot.exitValue()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1340);
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        boolean saturated = Math.max(Math.max(rgb >> 16 & 255, rgb >> 8 & 255), rgb & 255)
            - Math.min(Math.min(rgb >> 16 & 255, rgb >> 8 & 255), rgb & 255) > 60;
        inked += saturated ? 1 : 0;
      }
    }
    assertThat(inked).as("coloured pixels: the charts' bars, lines and dots").isGreaterThan(10_000);
  }

  @Test
  void dashboardNumbersEqualWhatSqlGivesForTheSameQuestions() throws IOException {
    assertSame("top_actors_daily", "circle.mark", sqlAnswer("""
        SELECT a.canonical_name AS series, CAST(d.date AS STRING) AS key, d.mentions AS value
        FROM actor_daily d JOIN actors a ON a.actor_id = d.actor_id
        WHERE d.actor_id IN (SELECT actor_id FROM actors ORDER BY mentions DESC, canonical_name, actor_id LIMIT 8)"""));
    assertSame("claims_by_cue_class_daily", "rect.mark", sqlAnswer("""
        SELECT cue_class AS series, CAST(day AS STRING) AS key, count(DISTINCT content_hash) AS value
        FROM (SELECT *, coalesce(claim_date, published) AS day FROM claims WHERE NOT negated)
        WHERE day IS NOT NULL GROUP BY cue_class, day"""));
    assertSame("speaks_about", "path.mark", sqlAnswer("""
        WITH top AS (SELECT actor_id FROM actors WHERE claims_made + claims_about > 0
                     ORDER BY claims_made + claims_about DESC, canonical_name, actor_id LIMIT 12)
        SELECT s.canonical_name AS series, t.canonical_name AS key, sum(e.claims) AS value
        FROM claim_edges e JOIN actors s ON s.actor_id = e.source_actor_id JOIN actors t ON t.actor_id = e.target_actor_id
        WHERE e.source_actor_id IN (SELECT actor_id FROM top) AND e.target_actor_id IN (SELECT actor_id FROM top)
        GROUP BY 1, 2"""));
    assertSame("outlets", "rect.mark", sqlAnswer("""
        SELECT stack(2, 'claims_per_article', outlet, per_article, 'unnamed_share', outlet, unnamed_share)
               AS (series, key, value)
        FROM (SELECT a.outlet, count(c.claim_id) / count(DISTINCT a.article_id) AS per_article,
                     count_if(c.source_kind = 'unnamed') / count(c.claim_id) AS unnamed_share
              FROM articles a LEFT JOIN claims c ON c.article_id = a.article_id AND NOT c.negated GROUP BY a.outlet)"""));
    assertSame("run_stage_seconds", "rect.mark", sqlAnswer("""
        SELECT 'seconds' AS series, stage AS key, seconds AS value
        FROM runs LATERAL VIEW explode(stage_seconds) s AS stage, seconds"""));

    JsonNode run = new ObjectMapper().readTree(SampleOutput.sql("--format", "json",
        "SELECT input_records, accepted, rejected, duplicates, tokens, mentions, claims FROM runs").strip());
    Map<String, Double> figures = new HashMap<>();
    page.select("div.figure").forEach(f -> figures.put(f.attr("data-field"), Double.parseDouble(f.attr("data-value"))));
    assertThat(figures).hasSize(7);
    run.fields().forEachRemaining(f -> assertThat(figures.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue().asDouble()));
    assertThat(figures.get("input_records")).isEqualTo(38.0);
    assertThat(page.select("p.model").text()).contains("claimgraph-en-0.6.0");
  }

  @Test
  void everyParquetAggregateHoldsTheRowsSqlGivesForItsQuestion() {
    for (Aggregate aggregate : Aggregates.ALL) {
      Dataset<Row> written = spark.read().parquet(report.resolve("aggregates").resolve(aggregate.name()).toString());
      Column[] all = Arrays.stream(written.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
      List<String> parquet = written.select(to_json(struct(all), Map.of("ignoreNullFields", "false")))
          .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
      List<String> sql = SampleOutput.sql("--format", "json", aggregate.sql()).lines().toList();
      assertThat(parquet).as(aggregate.name()).isNotEmpty().containsExactlyElementsOf(sql);
    }
  }

  @Test
  void sqlPrintsATableForPeopleAndCsvAndJsonThatScriptsCanRead() throws IOException {
    String query = "SELECT 'a,b \"c\"' AS text, CAST(NULL AS STRING) AS missing, array('p', 'q') AS list, "
        + "DATE'2024-03-05' AS day";
    assertThat(SampleOutput.sql("--format", "csv", query))
        .isEqualTo("text,missing,list,day\r\n\"a,b \"\"c\"\"\",,\"[\"\"p\"\",\"\"q\"\"]\",2024-03-05\r\n");
    JsonNode row = new ObjectMapper().readTree(SampleOutput.sql("--format", "json", query).strip());
    assertThat(row.get("text").asText()).isEqualTo("a,b \"c\"");
    assertThat(row.has("missing")).as("nulls are kept").isTrue();
    assertThat(row.get("missing").isNull()).isTrue();
    assertThat(row.get("list").get(1).asText()).isEqualTo("q");
    assertThat(row.get("day").asText()).isEqualTo("2024-03-05");
    assertThat(SampleOutput.sql(query)).as("the default is the table for people")
        .contains("|text   |missing|list  |day       |").contains("|a,b \"c\"|NULL   |[p, q]|2024-03-05|");
    List<String> claims = SampleOutput.sql("--format", "json", "--rows", "3", "SELECT claim_id FROM claims").lines().toList();
    assertThat(claims).as("json prints every row, --rows is for the table").hasSizeGreaterThan(3);
  }

  /** The marks of the chart(s) drawn from {@code aggregate}, by series and key, equal the SQL answer. */
  private void assertSame(String aggregate, String marks, Map<String, Double> sql) {
    Map<String, Double> drawn = new HashMap<>();
    for (Element mark : page.select("svg.chart[data-aggregate=" + aggregate + "] " + marks)) {
      drawn.put(mark.attr("data-series") + " | " + mark.attr("data-key"), Double.parseDouble(mark.attr("data-value")));
    }
    assertThat(drawn.keySet()).as(aggregate).isNotEmpty().isEqualTo(sql.keySet());
    sql.forEach((key, value) -> assertThat(drawn.get(key)).as(aggregate + " " + key).isCloseTo(value, within(1e-9)));
  }

  private static Map<String, Double> sqlAnswer(String query) throws IOException {
    Map<String, Double> answer = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : SampleOutput.sql("--format", "json", query).lines().toList()) {
      JsonNode row = json.readTree(line);
      answer.put(row.get("series").asText() + " | " + row.get("key").asText(), row.get("value").asDouble());
    }
    return answer;
  }

  private static String browser() {
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : System.getenv("PATH").split(":")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    throw new AssertionError("No chromium on PATH: run .ci/setup (Debian's chromium package), as .ci/run does.");
  }
}
