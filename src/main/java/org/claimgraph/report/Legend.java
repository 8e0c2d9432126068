package org.claimgraph.report;

/** A colour swatch with its series name, to the right of a plot. */
final class Legend {
  private static final int MAX_CHARS = 22;

  private Legend() {}

  static void entry(Svg svg, double x, double y, String colour, String name) {
    String shown = name.length() > MAX_CHARS ? name.substring(0, MAX_CHARS - 1) + "…" : name;
    svg.raw("<rect x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y - 9) + "\" width=\"12\" height=\"12\" fill=\"" + colour + "\"/>")
        .text(x + 18, y + 1, "start", 12, "#222", shown);
  }
}
