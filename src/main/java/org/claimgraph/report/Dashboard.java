package org.claimgraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.claimgraph.tables.PublishedRun;

/** The dashboard page: each aggregate's rows turned into a chart, with a sentence on what it shows. */
final class Dashboard {
  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 24px; color: #222; background: #fafafa; }
      h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 0 0 6px; }
      .sub { color: #555; margin: 0 0 18px; font-size: 13px; }
      .grid { display: grid; grid-template-columns: repeat(2, 640px); gap: 16px; }
      section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px; }
      section p { font-size: 12.5px; color: #444; margin: 0 0 8px; max-width: 610px; }
      .figures { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 10px; }
      .figure { border: 1px solid #e3e3e3; border-radius: 4px; padding: 4px 8px; min-width: 80px; }
      .figure b { display: block; font-size: 16px; } .figure span { font-size: 11px; color: #555; }
      .model { font-size: 11.5px; color: #444; word-break: break-all; margin: 0 0 8px; }
      """;

  private Dashboard() {}

  static String html(PublishedRun run, Map<String, List<Row>> rows) {
    List<Row> summary = rows.get(Aggregates.RUN_SUMMARY.name());
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>claimgraph dashboard</title>")
        .append("<style>").append(STYLE).append("</style></head><body>\n")
        .append("<h1>claimgraph: who said what, about whom, when</h1>\n<p class=\"sub\">The tables as run ")
        .append(Svg.escape(run.runId())).append(" published them. ").append(period(rows))
        .append(" Each chart's rows are also in <code>aggregates/&lt;name&gt;/</code> as Parquet.</p>\n")
        .append("<div class=\"grid\">\n");
    section(page, Aggregates.TOP_ACTORS_DAILY, "A line per actor: how many times the actor was named on each day. "
        + "Days without a mention are drawn at zero.",
        LineChart.render(Aggregates.TOP_ACTORS_DAILY.name(), Aggregates.TOP_ACTORS_DAILY.question(),
            points(rows.get(Aggregates.TOP_ACTORS_DAILY.name()), "actor", "date", "mentions")));
    section(page, Aggregates.CLAIMS_BY_CUE_CLASS_DAILY, "A bar per day: the claims dated that day, stacked by the class "
        + "of their cue (state, deny, confirm, accuse, …). Negated cues are left out; a syndicated copy counts once.",
        StackedBarChart.render(Aggregates.CLAIMS_BY_CUE_CLASS_DAILY.name(), Aggregates.CLAIMS_BY_CUE_CLASS_DAILY.question(),
            points(rows.get(Aggregates.CLAIMS_BY_CUE_CLASS_DAILY.name()), "cue_class", "date", "claims")));
    section(page, Aggregates.SPEAKS_ABOUT, "An arrow from an actor to an actor its claims name; the thicker, the more "
        + "claims. Larger circles take part in more of these claims.",
        NetworkChart.render(Aggregates.SPEAKS_ABOUT.name(), Aggregates.SPEAKS_ABOUT.question(),
            points(rows.get(Aggregates.SPEAKS_ABOUT.name()), "source", "target", "claims")));
    List<Row> outlets = rows.get(Aggregates.OUTLETS.name());
    section(page, Aggregates.OUTLETS, "Per outlet, most articles first: claims found per article, and the share of "
        + "those claims whose source is unnamed (\"officials said\", \"a person familiar with the talks\").",
        HorizontalBarChart.render(Aggregates.OUTLETS.name(), "Claims per article",
            points(outlets, null, "outlet", "claims_per_article"), false, "#1f77b4")
            + HorizontalBarChart.render(Aggregates.OUTLETS.name(), "Share of claims from unnamed sources",
            points(outlets, null, "outlet", "unnamed_share"), true, "#d62728"));
    page.append("<section><h2>").append(Svg.escape(Aggregates.RUN_SUMMARY.question())).append("</h2>\n")
        .append("<p>What the run read and what became of it (input records = accepted + rejected + duplicates), "
            + "with the model it used and the wall time of each stage.</p>\n");
    runFigures(page, summary);
    page.append(HorizontalBarChart.render(Aggregates.RUN_SUMMARY.name(), "Records",
        summary.isEmpty() ? List.of() : records(summary.get(0)), false, "#2ca02c"));
    page.append(HorizontalBarChart.render(Aggregates.RUN_STAGE_SECONDS.name(), Aggregates.RUN_STAGE_SECONDS.question(),
        points(rows.get(Aggregates.RUN_STAGE_SECONDS.name()), null, "stage", "seconds"), false, "#9467bd"));
    page.append("</section>\n</div>\n</body></html>\n");
    return page.toString();
  }

  private static void section(StringBuilder page, Aggregate aggregate, String reading, String svg) {
    page.append("<section><h2>").append(Svg.escape(aggregate.question())).append("</h2>\n<p>")
        .append(Svg.escape(reading)).append("</p>\n").append(svg).append("\n</section>\n");
  }

  /** Rows as chart points; a null series column makes the value column's name the series. */
  private static List<Point> points(List<Row> rows, String series, String key, String value) {
    List<Point> points = new ArrayList<>();
    for (Row row : rows) {
      String s = series == null ? value : String.valueOf(row.<Object>getAs(series));
      points.add(new Point(s, String.valueOf(row.<Object>getAs(key)), ((Number) row.getAs(value)).doubleValue()));
    }
    return points;
  }

  private static List<Point> records(Row run) {
    List<Point> bars = new ArrayList<>();
    for (String field : List.of("input_records", "accepted", "rejected", "duplicates")) {
      bars.add(new Point(field, field.replace('_', ' '), run.<Long>getAs(field)));
    }
    return bars;
  }

  private static void runFigures(StringBuilder page, List<Row> summary) {
    if (summary.isEmpty()) {
      return;
    }
    Row run = summary.get(0);
    page.append("<div class=\"figures\">");
    for (String field : List.of("input_records", "accepted", "rejected", "duplicates", "tokens", "mentions", "claims")) {
      long value = run.<Long>getAs(field);
      page.append("<div class=\"figure\" data-field=\"").append(field).append("\" data-value=\"").append(value)
          .append("\"><b>").append(Svg.label(value)).append("</b><span>").append(field.replace('_', ' '))
          .append("</span></div>");
    }
    page.append("</div>\n<p class=\"model\" data-field=\"models\">Model: ").append(Svg.escape(run.getAs("models")))
        .append(" · claimgraph ").append(Svg.escape(run.getAs("claimgraph_version"))).append(" · Spark ")
        .append(Svg.escape(run.getAs("spark_version"))).append(" · input ").append(Svg.escape(run.getAs("input")))
        .append("</p>\n");
  }

  private static String period(Map<String, List<Row>> rows) {
    List<String> dates = rows.get(Aggregates.TOP_ACTORS_DAILY.name()).stream()
        .map(r -> String.valueOf(r.<Object>getAs("date"))).sorted().toList();
    return dates.isEmpty() ? "" : "Dates " + dates.get(0) + " to " + dates.get(dates.size() - 1) + ".";
  }
}
