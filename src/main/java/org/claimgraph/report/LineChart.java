package org.claimgraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One line per series over ordered keys (dates); a key a series has no figure for counts as zero. */
final class LineChart {
  private static final int WIDTH = 620;
  private static final int HEIGHT = 340;
  private static final int LEFT = 48;
  private static final int RIGHT = 450;
  private static final int TOP = 16;
  private static final int BOTTOM = 290;

  private LineChart() {}

  static String render(String aggregate, String title, List<Point> points) {
    List<String> keys = new ArrayList<>(new TreeSet<>(points.stream().map(Point::key).toList()));
    Map<String, Map<String, Double>> series = new LinkedHashMap<>();
    for (Point p : points) {
      series.computeIfAbsent(p.series(), s -> new HashMap<>()).merge(p.key(), p.value(), Double::sum);
    }
    double largest = points.stream().mapToDouble(Point::value).max().orElse(0);
    Scale scale = new Scale(largest);
    Svg svg = new Svg(aggregate, WIDTH, HEIGHT, title);
    scale.drawVertical(svg, LEFT, RIGHT, TOP, BOTTOM);
    DateAxis.draw(svg, keys, LEFT, RIGHT, BOTTOM);
    int i = 0;
    for (Map.Entry<String, Map<String, Double>> s : series.entrySet()) {
      String colour = Svg.colour(i);
      StringBuilder path = new StringBuilder();
      for (int k = 0; k < keys.size(); k++) {
        double value = s.getValue().getOrDefault(keys.get(k), 0.0);
        path.append(k == 0 ? "" : " ").append(Svg.num(DateAxis.x(k, keys.size(), LEFT, RIGHT))).append(',')
            .append(Svg.num(y(value, scale)));
      }
      svg.raw("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + path + "\"/>");
      for (int k = 0; k < keys.size(); k++) {
        Double value = s.getValue().get(keys.get(k));
        if (value != null) {
          svg.dot(DateAxis.x(k, keys.size(), LEFT, RIGHT), y(value, scale), 3.5, colour, s.getKey(), keys.get(k), value);
        }
      }
      Legend.entry(svg, RIGHT + 16, TOP + 8 + i * 20, colour, s.getKey());
      i++;
    }
    return svg.end();
  }

  private static double y(double value, Scale scale) {
    return BOTTOM - (BOTTOM - TOP) * value / scale.max();
  }
}
