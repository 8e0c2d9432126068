package org.claimgraph.job.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.report.Point;
import org.claimgraph.report.StackedRowsChart;

/**
 * The benchmark as one SVG chart: a bar per run as long as its wall time, cut into the phases in
 * the order they happen, with the run's wall time and tokens/s after it.
 */
final class BenchChart {
  private BenchChart() {}

  static String svg(List<WholeJobRun> runs) {
    List<Point> points = new ArrayList<>();
    Map<String, String> notes = new LinkedHashMap<>();
    for (WholeJobRun r : runs) {
      String key = r.label();
      points.add(new Point("jvm start", key, r.jvmStartSeconds()));
      points.add(new Point("spark start", key, r.sessionStartSeconds()));
      r.stageSeconds().forEach((stage, seconds) -> points.add(new Point(stage, key, seconds)));
      points.add(new Point("stop", key, r.stopSeconds()));
      points.add(new Point("between stages", key, r.betweenStagesSeconds()));
      notes.put(key, String.format(Locale.ROOT, "%.0f s, %,.0f tokens/s", r.wallSeconds(), r.tokensPerSecond()));
    }
    return StackedRowsChart.render("bench-whole", "Whole job: wall time per phase (s)", points, notes);
  }
}
