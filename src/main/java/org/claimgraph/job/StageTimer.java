package org.claimgraph.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the start and end of each long stage with its wall time and the shuffle bytes its tasks
 * wrote (the cost that grows with the cluster's network), and keeps the wall times for the runs
 * table. Close it to stop listening to the Spark context.
 */
final class StageTimer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph");
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final SparkContext context;
  private final ShuffleBytes shuffle = new ShuffleBytes();

  StageTimer(SparkContext context) {
    this.context = context;
    context.addSparkListener(shuffle);
  }

  <T> T time(String stage, Supplier<T> work) {
    LOG.info("stage {}: started", stage);
    System.err.printf("[claimgraph] %s ...%n", stage);
    long start = System.nanoTime();
    long shuffleStart = shuffle.written.get();
    T result = work.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    seconds.merge(stage, elapsed, Double::sum);
    // Task metrics reach the listener asynchronously, so the last tasks of a stage may be missing.
    double shuffledMb = (shuffle.written.get() - shuffleStart) / 1e6;
    LOG.info("stage {}: done in {} s, {} MB shuffle written", stage, String.format("%.1f", elapsed),
        String.format("%.1f", shuffledMb));
    System.err.printf("[claimgraph] %s done in %.1f s, %.1f MB shuffle written%n", stage, elapsed,
        shuffledMb);
    return result;
  }

  void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  /** Shuffle bytes written by the context's tasks since this timer started listening. */
  long shuffleWritten() {
    return shuffle.written.get();
  }

  Map<String, Double> seconds() {
    return seconds;
  }

  @Override
  public void close() {
    context.removeSparkListener(shuffle);
  }

  private static final class ShuffleBytes extends SparkListener {
    final AtomicLong written = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      if (taskEnd.taskMetrics() != null) {
        written.addAndGet(taskEnd.taskMetrics().shuffleWriteMetrics().bytesWritten());
      }
    }
  }
}
