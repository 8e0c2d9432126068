package org.claimgraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One horizontal bar per key in the order given, cut into its series left to right in the order they
 * first appear (phases of a run, in the order they happen), with a note after each bar.
 */
public final class StackedRowsChart {
  private static final int WIDTH = 760;
  private static final int LEFT = 150;
  private static final int RIGHT = 500;
  private static final int LEGEND = 626;
  private static final int TOP = 10;
  private static final int ROW = 26;

  private StackedRowsChart() {}

  public static String render(String aggregate, String title, List<Point> points, Map<String, String> notes) {
    List<String> keys = new ArrayList<>(new LinkedHashSet<>(points.stream().map(Point::key).toList()));
    List<String> series = new ArrayList<>(new LinkedHashSet<>(points.stream().map(Point::series).toList()));
    Map<String, Double> totals = new LinkedHashMap<>();
    points.forEach(p -> totals.merge(p.key(), p.value(), Double::sum));
    int bottom = TOP + ROW * Math.max(keys.size(), 1);
    Svg svg = new Svg(aggregate, WIDTH, Math.max(bottom + 26, TOP + 18 * series.size() + 10), title);
    Scale scale = new Scale(totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
    scale.drawHorizontal(svg, LEFT, RIGHT, TOP, bottom, false);
    Map<String, Double> drawn = new HashMap<>();
    for (Point p : points) {
      int row = keys.indexOf(p.key());
      double y = TOP + row * ROW + 4;
      double x = LEFT + (RIGHT - LEFT) * drawn.getOrDefault(p.key(), 0.0) / scale.max();
      double width = (RIGHT - LEFT) * p.value() / scale.max();
      svg.bar(x, y, width, ROW - 8, Svg.colour(series.indexOf(p.series())), p.series(), p.key(), p.value());
      drawn.merge(p.key(), p.value(), Double::sum);
    }
    for (int row = 0; row < keys.size(); row++) {
      String key = keys.get(row);
      double y = TOP + row * ROW + 17;
      double end = LEFT + (RIGHT - LEFT) * totals.get(key) / scale.max();
      svg.text(LEFT - 8, y, "end", 12, "#222", key).text(end + 5, y, "start", 11, "#333", notes.getOrDefault(key, ""));
    }
    for (int i = 0; i < series.size(); i++) {
      Legend.entry(svg, LEGEND, TOP + 8 + i * 18, Svg.colour(i), series.get(i));
    }
    return svg.end();
  }
}
