package org.claimgraph.job.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The benchmark's figures as a plain-text table with the scaling ratios under it. */
final class BenchTable {
  private BenchTable() {}

  static void print(List<WholeJobRun> runs, Scaling scaling, PrintStream out) {
    Set<String> stages = stageNames(runs);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("size", "cores", "articles", "wall s", "jvm s", "spark s"));
    stages.forEach(s -> header.add(s + " s"));
    header.addAll(List.of("stop s", "tokens", "tokens/s", "articles/s", "heap MB", "live MB", "rss MB", "shuffle MB", "output MB",
        "load"));
    rows.add(header);
    for (WholeJobRun r : runs) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(r.size()), Integer.toString(r.cores()),
          Long.toString(r.articles()), seconds(r.wallSeconds()), seconds(r.jvmStartSeconds()),
          seconds(r.sessionStartSeconds())));
      stages.forEach(s -> row.add(seconds(r.stageSeconds().getOrDefault(s, 0.0))));
      row.addAll(List.of(seconds(r.stopSeconds()), Long.toString(r.tokens()), fixed(r.tokensPerSecond(), 0),
          fixed(r.articlesPerSecond(), 2), megabytes(r.peakHeapBytes()), megabytes(r.peakLiveHeapBytes()), megabytes(r.peakRssBytes()),
          megabytes(r.shuffleBytes()), megabytes(r.outputBytes()), fixed(r.loadAverage(), 2)));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    rows.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    });
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == 0 ? "" : "  ").append(" ".repeat(widths[i] - row.get(i).length())).append(row.get(i));
      }
      out.println(line);
    }
    out.println("(jvm: process start to main; spark: main to the first stage; stop: last stage to exit; "
        + "heap: peak heap in use; live: peak heap left after a collection; rss: peak resident memory; load: 1-minute load average at the run's end)");
    for (Scaling.SizeRatio r : scaling.sizeRatios()) {
      out.printf(Locale.ROOT, "%d/%d articles on %d %s: %.2f x the time for %.2f x the articles%n", r.largest(),
          r.smallest(), r.cores(), r.cores() == 1 ? "core" : "cores", r.timeRatio(), r.sizeRatio());
    }
    for (Scaling.Speedup s : scaling.speedups()) {
      out.printf(Locale.ROOT, "%d articles: %d cores %.2f x as fast as %d%n", s.size(), s.most(), s.speedup(),
          s.fewest());
    }
  }

  /** Every stage any run timed, in the order the runs timed them. */
  static Set<String> stageNames(List<WholeJobRun> runs) {
    Set<String> names = new LinkedHashSet<>();
    runs.forEach(r -> names.addAll(r.stageSeconds().keySet()));
    return names;
  }

  private static String seconds(double s) {
    return fixed(s, 1);
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String megabytes(long bytes) {
    return bytes < 0 ? "n/a" : fixed(bytes / 1e6, 1);
  }
}
