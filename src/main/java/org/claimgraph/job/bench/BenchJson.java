package org.claimgraph.job.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The benchmark as JSON: what ran where, each run's figures under names that carry their unit, and
 * the scaling ratios. Derived rates are written beside the figures they come from so a reader needs
 * no arithmetic, and every figure is as measured (no rounding).
 */
final class BenchJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchJson() {}

  static void write(Path file, WholeJobBenchmark.Settings settings, Instant started, List<WholeJobRun> runs,
      Scaling scaling) {
    ObjectNode root = JSON.createObjectNode();
    root.put("benchmark", "claimgraph bench --whole");
    root.put("started", started.toString());
    root.put("news", settings.news().toString());
    root.put("available_processors", Runtime.getRuntime().availableProcessors());
    root.putPOJO("run_options", settings.runOptions());
    ArrayNode list = root.putArray("runs");
    for (WholeJobRun r : runs) {
      ObjectNode run = list.addObject();
      run.put("size", r.size());
      run.put("cores", r.cores());
      run.put("articles", r.articles());
      run.put("tokens", r.tokens());
      run.put("wall_seconds", r.wallSeconds());
      run.put("jvm_start_seconds", r.jvmStartSeconds());
      run.put("session_start_seconds", r.sessionStartSeconds());
      run.put("model_load_seconds", r.modelLoadSeconds());
      ObjectNode stages = run.putObject("stage_seconds");
      r.stageSeconds().forEach(stages::put);
      run.put("stop_seconds", r.stopSeconds());
      run.put("between_stages_seconds", r.betweenStagesSeconds());
      run.put("tokens_per_second", r.tokensPerSecond());
      run.put("articles_per_second", r.articlesPerSecond());
      run.put("peak_heap_bytes", r.peakHeapBytes());
      run.put("peak_live_heap_bytes", r.peakLiveHeapBytes());
      run.put("max_heap_bytes", r.maxHeapBytes());
      run.put("peak_rss_bytes", r.peakRssBytes());
      run.put("shuffle_bytes", r.shuffleBytes());
      run.put("output_bytes", r.outputBytes());
      run.put("load_average", r.loadAverage());
    }
    ArrayNode ratios = root.putArray("size_ratios");
    for (Scaling.SizeRatio s : scaling.sizeRatios()) {
      ratios.addObject().put("cores", s.cores()).put("smallest", s.smallest()).put("largest", s.largest())
          .put("time_ratio", s.timeRatio()).put("size_ratio", s.sizeRatio());
    }
    ArrayNode speedups = root.putArray("speedups");
    for (Scaling.Speedup s : scaling.speedups()) {
      speedups.addObject().put("size", s.size()).put("fewest_cores", s.fewest()).put("most_cores", s.most())
          .put("speedup", s.speedup());
    }
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
