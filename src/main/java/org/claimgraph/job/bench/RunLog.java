package org.claimgraph.job.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run says about itself on its console, read line by line as the lines arrive: the stage
 * lines its stage timer prints ({@code [claimgraph] STAGE ...} and {@code [claimgraph] STAGE done in
 * S s, M MB shuffle written}) and the summary {@code run} prints at the end. Reading the console
 * rather than the runs table keeps the benchmark's process free of Spark, so its own memory and
 * CPU stay out of the figures.
 */
final class RunLog {
  private static final Pattern STAGE_START = Pattern.compile("^\\[claimgraph] (.+) \\.\\.\\.$");
  private static final Pattern STAGE_DONE =
      Pattern.compile("^\\[claimgraph] (.+) done in ([0-9.]+) s, ([0-9.]+) MB shuffle written$");
  private static final Pattern RECORDS =
      Pattern.compile("^input records (\\d+) = accepted (\\d+) \\+ rejected (\\d+) \\+ duplicates (\\d+)$");
  private static final Pattern TOKENS = Pattern.compile("^tokens (\\d+), mentions (\\d+), claims (\\d+);.*");

  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private double shuffleMb;
  private long firstStageMs = -1;
  private long lastStageDoneMs = -1;
  private long accepted = -1;
  private long tokens = -1;

  /** One console line, seen {@code atMs} after the process was started. */
  void accept(String line, long atMs) {
    Matcher m;
    if ((m = STAGE_DONE.matcher(line)).matches()) {
      stageSeconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
      shuffleMb += Double.parseDouble(m.group(3));
      lastStageDoneMs = atMs;
    } else if (STAGE_START.matcher(line).matches() && firstStageMs < 0) {
      firstStageMs = atMs;
    } else if ((m = RECORDS.matcher(line)).matches()) {
      accepted = Long.parseLong(m.group(2));
    } else if ((m = TOKENS.matcher(line)).matches()) {
      tokens = Long.parseLong(m.group(1));
    }
  }

  /** False when the run ended before printing its summary (it failed, or its output format changed). */
  boolean complete() {
    return firstStageMs >= 0 && lastStageDoneMs >= 0 && accepted >= 0 && tokens >= 0;
  }

  Map<String, Double> stageSeconds() {
    return stageSeconds;
  }

  double shuffleMb() {
    return shuffleMb;
  }

  long firstStageMs() {
    return firstStageMs;
  }

  long lastStageDoneMs() {
    return lastStageDoneMs;
  }

  long accepted() {
    return accepted;
  }

  long tokens() {
    return tokens;
  }
}
