package org.claimgraph.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One bar per key (date), stacked by series (cue class), largest series at the bottom. */
final class StackedBarChart {
  private static final int WIDTH = 620;
  private static final int HEIGHT = 340;
  private static final int LEFT = 48;
  private static final int RIGHT = 470;
  private static final int TOP = 16;
  private static final int BOTTOM = 290;

  private StackedBarChart() {}

  static String render(String aggregate, String title, List<Point> points) {
    List<String> keys = new ArrayList<>(new TreeSet<>(points.stream().map(Point::key).toList()));
    Map<String, Double> totalBySeries = new HashMap<>();
    Map<String, Double> totalByKey = new HashMap<>();
    for (Point p : points) {
      totalBySeries.merge(p.series(), p.value(), Double::sum);
      totalByKey.merge(p.key(), p.value(), Double::sum);
    }
    List<String> series = totalBySeries.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    Map<String, String> colours = new LinkedHashMap<>();
    for (int i = 0; i < series.size(); i++) {
      colours.put(series.get(i), Svg.colour(i));
    }
    Scale scale = new Scale(totalByKey.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
    Svg svg = new Svg(aggregate, WIDTH, HEIGHT, title);
    scale.drawVertical(svg, LEFT, RIGHT, TOP, BOTTOM);
    DateAxis.draw(svg, keys, LEFT, RIGHT, BOTTOM);
    double width = DateAxis.slot(keys.size(), LEFT, RIGHT) * 0.75;
    Map<String, Double> stacked = new HashMap<>();
    List<Point> ordered = new ArrayList<>(points);
    ordered.sort(Comparator.comparing((Point p) -> series.indexOf(p.series())));
    for (Point p : ordered) {
      double below = stacked.getOrDefault(p.key(), 0.0);
      double height = (BOTTOM - TOP) * p.value() / scale.max();
      double base = BOTTOM - (BOTTOM - TOP) * below / scale.max();
      double x = DateAxis.x(keys.indexOf(p.key()), keys.size(), LEFT, RIGHT) - width / 2;
      svg.bar(x, base - height, width, height, colours.get(p.series()), p.series(), p.key(), p.value());
      stacked.put(p.key(), below + p.value());
    }
    for (int i = 0; i < series.size() && i < 15; i++) {
      Legend.entry(svg, RIGHT + 16, TOP + 8 + i * 18, colours.get(series.get(i)), series.get(i));
    }
    return svg.end();
  }
}
