package org.claimgraph.report;

/** A value axis from zero to a round maximum, with its grid lines drawn and labelled. */
final class Scale {
  private final double max;
  private final double step;

  Scale(double largest) {
    double target = Math.max(largest, 1e-9) / 4;
    double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
    double[] nice = {1, 2, 2.5, 5, 10};
    double chosen = 10 * magnitude;
    for (double n : nice) {
      if (n * magnitude >= target) {
        chosen = n * magnitude;
        break;
      }
    }
    this.step = chosen;
    this.max = Math.ceil(Math.max(largest, 1e-9) / chosen) * chosen;
  }

  double max() {
    return max;
  }

  /** Horizontal grid lines with labels on the left, for a plot spanning {@code top..bottom}. */
  void drawVertical(Svg svg, double left, double right, double top, double bottom) {
    for (double v = 0; v <= max + step / 2; v += step) {
      double y = bottom - (bottom - top) * v / max;
      svg.line(left, y, right, y, v == 0 ? "#555" : "#e3e3e3", 1)
          .text(left - 6, y + 4, "end", 11, "#555", Svg.label(v));
    }
  }

  /** Vertical grid lines with labels below, for a plot spanning {@code left..right}. */
  void drawHorizontal(Svg svg, double left, double right, double top, double bottom, boolean percent) {
    for (double v = 0; v <= max + step / 2; v += step) {
      double x = left + (right - left) * v / max;
      svg.line(x, top, x, bottom, v == 0 ? "#555" : "#e3e3e3", 1)
          .text(x, bottom + 14, "middle", 11, "#555", percent ? Svg.label(Math.round(v * 1000) / 10.0) + "%" : Svg.label(v));
    }
  }
}
