package org.claimgraph.report;

import java.util.Locale;

/**
 * A small SVG writer. Every mark that stands for a number carries that number in {@code data-*}
 * attributes, so a reader (or a test) can take the figures from the drawing itself.
 */
final class Svg {
  static final String FONT = "font-family=\"system-ui, sans-serif\"";

  private final StringBuilder out = new StringBuilder();

  Svg(String aggregate, int width, int height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" data-aggregate=\"").append(escape(aggregate))
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" role=\"img\">")
        .append("<title>").append(escape(title)).append("</title>");
  }

  Svg raw(String element) {
    out.append(element);
    return this;
  }

  Svg text(double x, double y, String anchor, int size, String fill, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" font-size=\"").append(size).append("\" fill=\"").append(fill).append("\" ")
        .append(FONT).append('>').append(escape(text)).append("</text>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(width)).append("\"/>");
    return this;
  }

  /** A rectangle standing for {@code value} of {@code series} at {@code key}. */
  Svg bar(double x, double y, double w, double h, String fill, String series, String key, double value) {
    out.append("<rect class=\"mark\" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(w)).append("\" height=\"").append(num(Math.max(h, 0))).append("\" fill=\"").append(fill)
        .append('"').append(data(series, key, value)).append("><title>").append(escape(series + " " + key + ": "
            + label(value))).append("</title></rect>");
    return this;
  }

  /** A dot standing for {@code value} of {@code series} at {@code key}. */
  Svg dot(double x, double y, double r, String fill, String series, String key, double value) {
    out.append("<circle class=\"mark\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
        .append(num(r)).append("\" fill=\"").append(fill).append('"').append(data(series, key, value))
        .append("><title>").append(escape(series + " " + key + ": " + label(value))).append("</title></circle>");
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  private static String data(String series, String key, double value) {
    return " data-series=\"" + escape(series) + "\" data-key=\"" + escape(key) + "\" data-value=\"" + value + "\"";
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A figure as a reader wants it: whole numbers without decimals, others with up to three. */
  static String label(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Colours that stay apart from each other for up to sixteen series (the cue classes are fifteen). */
  static String colour(int i) {
    String[] palette = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf", "#393b79", "#637939", "#e7ba52", "#843c39", "#7b4173", "#aec7e8"};
    return palette[Math.floorMod(i, palette.length)];
  }
}
