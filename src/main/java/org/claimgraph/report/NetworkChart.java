package org.claimgraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who speaks about whom: actors on a circle, one arrow per (source, target) with a width that grows
 * with the number of claims. A circle keeps every label readable without a layout algorithm.
 */
final class NetworkChart {
  private static final int WIDTH = 620;
  private static final int HEIGHT = 520;
  private static final double CX = 310;
  private static final double CY = 260;
  private static final double RADIUS = 160;

  private NetworkChart() {}

  /** {@code edges}: series = source, key = target, value = claims. */
  static String render(String aggregate, String title, List<Point> edges) {
    Map<String, Double> weight = new LinkedHashMap<>();
    for (Point e : edges) {
      weight.merge(e.series(), e.value(), Double::sum);
      weight.merge(e.key(), e.value(), Double::sum);
    }
    List<String> nodes = new ArrayList<>(weight.keySet());
    nodes.sort((a, b) -> Double.compare(weight.get(b), weight.get(a)) != 0
        ? Double.compare(weight.get(b), weight.get(a)) : a.compareTo(b));
    Map<String, double[]> at = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
      at.put(nodes.get(i), new double[] {CX + RADIUS * Math.cos(angle), CY + RADIUS * Math.sin(angle), angle});
    }
    double most = edges.stream().mapToDouble(Point::value).max().orElse(1);
    Svg svg = new Svg(aggregate, WIDTH, HEIGHT, title);
    svg.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" "
        + "markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#777\"/></marker></defs>");
    for (Point e : edges) {
      double[] from = at.get(e.series());
      double[] to = at.get(e.key());
      double dx = to[0] - from[0];
      double dy = to[1] - from[1];
      double length = Math.max(Math.hypot(dx, dy), 1);
      // Bend each arrow to its right, so that A→B and B→A stay two arrows.
      double mx = (from[0] + to[0]) / 2 - dy / length * 24;
      double my = (from[1] + to[1]) / 2 + dx / length * 24;
      double endX = to[0] - (to[0] - mx) / Math.hypot(to[0] - mx, to[1] - my) * 9;
      double endY = to[1] - (to[1] - my) / Math.hypot(to[0] - mx, to[1] - my) * 9;
      double width = 1 + 5 * e.value() / most;
      svg.raw("<path class=\"mark\" d=\"M " + Svg.num(from[0]) + " " + Svg.num(from[1]) + " Q " + Svg.num(mx) + " "
          + Svg.num(my) + " " + Svg.num(endX) + " " + Svg.num(endY) + "\" fill=\"none\" stroke=\"#777\" stroke-opacity=\"0.7\" "
          + "stroke-width=\"" + Svg.num(width) + "\" marker-end=\"url(#arrow)\" data-series=\"" + Svg.escape(e.series())
          + "\" data-key=\"" + Svg.escape(e.key()) + "\" data-value=\"" + e.value() + "\"><title>"
          + Svg.escape(e.series() + " → " + e.key() + ": " + Svg.label(e.value()) + " claims") + "</title></path>");
    }
    for (int i = 0; i < nodes.size(); i++) {
      double[] p = at.get(nodes.get(i));
      double r = 5 + 6 * Math.sqrt(weight.get(nodes.get(i)) / weight.get(nodes.get(0)));
      svg.dot(p[0], p[1], r, Svg.colour(i), nodes.get(i), "node", weight.get(nodes.get(i)));
      double lx = CX + (RADIUS + r + 8) * Math.cos(p[2]);
      double ly = CY + (RADIUS + r + 8) * Math.sin(p[2]) + 4;
      String anchor = Math.abs(Math.cos(p[2])) < 0.2 ? "middle" : Math.cos(p[2]) > 0 ? "start" : "end";
      svg.text(lx, ly, anchor, 12, "#222", nodes.get(i));
    }
    return svg.end();
  }
}
