package org.claimgraph.job.bench;

import java.util.Map;

/**
 * The figures of one benchmarked run: {@code size} articles asked for, on {@code cores} cores. Times
 * in seconds, memory and disk in bytes; a figure the platform cannot give is -1.
 *
 * @param articles articles the run accepted (duplicates and rejects of the first {@code size} lines left out)
 * @param wallSeconds the whole process, from starting it to its exit
 * @param jvmStartSeconds from starting the process to its main method
 * @param sessionStartSeconds from main to the first stage: config, preflight, Spark session, output lock
 * @param stageSeconds each stage as the run timed it, in its order
 * @param stopSeconds from the last stage's end to the process's exit: Spark's shutdown and the JVM's
 * @param peakHeapBytes the largest heap occupancy (driver and, in local mode, executors: one JVM)
 * @param peakLiveHeapBytes the largest heap occupancy left after a garbage collection
 * @param loadAverage the machine's one-minute load average when the run ended (about the cores used
 *     when nothing else ran)
 */
record WholeJobRun(int size, int cores, long articles, long tokens, double wallSeconds, double jvmStartSeconds,
    double sessionStartSeconds, Map<String, Double> stageSeconds, double stopSeconds, long peakHeapBytes, long peakLiveHeapBytes,
    long maxHeapBytes, long peakRssBytes, long shuffleBytes, long outputBytes, double loadAverage) {

  static final String MODEL_LOAD_STAGE = "load models";

  double tokensPerSecond() {
    return tokens / wallSeconds;
  }

  double articlesPerSecond() {
    return articles / wallSeconds;
  }

  /** What the phases above leave of the wall time: the run's own work between its timed stages. */
  double betweenStagesSeconds() {
    double timed = jvmStartSeconds + sessionStartSeconds + stopSeconds
        + stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    // Stage times are printed to a tenth of a second, so the rest can come out a hair below zero.
    return Math.max(0, wallSeconds - timed);
  }

  double modelLoadSeconds() {
    return stageSeconds.getOrDefault(MODEL_LOAD_STAGE, 0.0);
  }

  /** "1000 articles, 2 cores": how the table, the chart and errors name a run. */
  String label() {
    return label(size, cores);
  }

  static String label(int size, int cores) {
    return size + " articles, " + cores + (cores == 1 ? " core" : " cores");
  }
}
