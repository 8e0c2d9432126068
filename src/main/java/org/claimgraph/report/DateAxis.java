package org.claimgraph.report;

import java.util.List;

/** Ordered keys (dates) spread along the bottom of a plot, labelled as often as there is room. */
final class DateAxis {
  private DateAxis() {}

  static double x(int index, int count, double left, double right) {
    double slot = (right - left) / Math.max(count, 1);
    return left + slot * (index + 0.5);
  }

  static double slot(int count, double left, double right) {
    return (right - left) / Math.max(count, 1);
  }

  static void draw(Svg svg, List<String> keys, double left, double right, double bottom) {
    int every = Math.max(1, (int) Math.ceil(keys.size() / 7.0));
    for (int k = 0; k < keys.size(); k += every) {
      double x = x(k, keys.size(), left, right);
      String key = keys.get(k);
      // yyyy-MM-dd keys lose the year to fit; the page header gives the period.
      String shown = key.length() == 10 && key.charAt(4) == '-' ? key.substring(5) : key;
      svg.line(x, bottom, x, bottom + 4, "#555", 1).text(x, bottom + 17, "middle", 11, "#555", shown);
    }
  }
}
