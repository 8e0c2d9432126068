package org.claimgraph.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the start and end of each long stage and keeps the wall times for the runs table. */
final class StageTimer {
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph");
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    LOG.info("stage {}: started", stage);
    System.err.printf("[claimgraph] %s ...%n", stage);
    long start = System.nanoTime();
    T result = work.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    seconds.merge(stage, elapsed, Double::sum);
    System.err.printf("[claimgraph] %s done in %.1f s%n", stage, elapsed);
    return result;
  }

  void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Double> seconds() {
    return seconds;
  }
}
