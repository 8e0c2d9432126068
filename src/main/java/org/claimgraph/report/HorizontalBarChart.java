package org.claimgraph.report;

import java.util.List;

/** One labelled bar per row, in the order given; values as counts or as shares (0..1 shown as %). */
final class HorizontalBarChart {
  private static final int WIDTH = 620;
  private static final int LEFT = 170;
  private static final int RIGHT = 560;
  private static final int TOP = 10;
  private static final int ROW = 26;

  private HorizontalBarChart() {}

  static String render(String aggregate, String title, List<Point> bars, boolean share, String colour) {
    int bottom = TOP + ROW * Math.max(bars.size(), 1);
    Svg svg = new Svg(aggregate, WIDTH, bottom + 26, title);
    Scale scale = new Scale(bars.stream().mapToDouble(Point::value).max().orElse(0));
    scale.drawHorizontal(svg, LEFT, RIGHT, TOP, bottom, share);
    for (int i = 0; i < bars.size(); i++) {
      Point bar = bars.get(i);
      double y = TOP + i * ROW + 4;
      double width = (RIGHT - LEFT) * bar.value() / scale.max();
      String shown = share ? Svg.label(Math.round(bar.value() * 1000) / 10.0) + "%" : Svg.label(bar.value());
      svg.text(LEFT - 8, y + 13, "end", 12, "#222", bar.key())
          .bar(LEFT, y, width, ROW - 8, colour, bar.series(), bar.key(), bar.value())
          .text(LEFT + width + 5, y + 13, "start", 11, "#333", shown);
    }
    return svg.end();
  }
}
