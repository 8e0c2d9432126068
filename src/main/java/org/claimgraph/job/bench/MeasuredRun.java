package org.claimgraph.job.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.claimgraph.ClaimgraphException;

/**
 * One {@code claimgraph run} in a child JVM, started with this JVM's own options (the launcher's heap,
 * the module openings Spark needs, the logging configuration), so it runs as {@code jobs/claimgraph run}
 * would, with {@link MeasuredMain} around it. Its console goes to a log file and is read as it comes.
 */
final class MeasuredRun {
  private MeasuredRun() {}

  /**
   * Runs the job on {@code input} into {@code output} on {@code cores} local cores and returns its
   * figures; {@code runOptions} are passed on to {@code run} (--models, --config).
   */
  static WholeJobRun run(int size, int cores, Path input, Path output, Path log, List<String> runOptions) {
    Path probe = log.resolveSibling(log.getFileName() + ".probe");
    List<String> command = new ArrayList<>(javaCommand(probe));
    command.addAll(List.of("run", "--master", "local[" + cores + "]", "--input", input.toString(),
        "--output", output.toString()));
    command.addAll(runOptions);
    RunLog console = new RunLog();
    try {
      long spawnedEpochMs = System.currentTimeMillis();
      long spawned = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      copy(process.getInputStream(), log, console, spawned);
      int exit = process.waitFor();
      double wall = (System.nanoTime() - spawned) / 1e9;
      if (exit != 0 || !console.complete() || !Files.exists(probe)) {
        throw failed(size, cores, exit, log);
      }
      Properties figures = new Properties();
      try (InputStream in = Files.newInputStream(probe)) {
        figures.load(in);
      }
      double jvmStart = (Long.parseLong(figures.getProperty(MeasuredMain.MAIN_EPOCH_MS)) - spawnedEpochMs) / 1e3;
      return new WholeJobRun(size, cores, console.accepted(), console.tokens(), wall, jvmStart,
          console.firstStageMs() / 1e3 - jvmStart, console.stageSeconds(), wall - console.lastStageDoneMs() / 1e3,
          Long.parseLong(figures.getProperty(MeasuredMain.PEAK_HEAP_BYTES)),
          Long.parseLong(figures.getProperty(MeasuredMain.PEAK_LIVE_HEAP_BYTES)),
          Long.parseLong(figures.getProperty(MeasuredMain.MAX_HEAP_BYTES)),
          Long.parseLong(figures.getProperty(MeasuredMain.PEAK_RSS_BYTES)),
          Math.round(console.shuffleMb() * 1e6), bytesUnder(output),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the run on " + WholeJobRun.label(size, cores), e);
    }
  }

  /** This JVM's java and options, minus a debugger agent (its port is taken), and its class path. */
  private static List<String> javaCommand(Path probe) {
    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-agentlib:jdwp")).forEach(java::add);
    java.add("-D" + MeasuredMain.PROBE_PROPERTY + "=" + probe);
    java.addAll(List.of("-cp", System.getProperty("java.class.path"), MeasuredMain.class.getName()));
    return java;
  }

  private static void copy(InputStream console, Path log, RunLog parsed, long spawned) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        parsed.accept(line, (System.nanoTime() - spawned) / 1_000_000);
        out.write(line);
        out.write('\n');
      }
    }
  }

  private static RuntimeException failed(int size, int cores, int exit, Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    String problem = "The benchmark run on " + WholeJobRun.label(size, cores) + " failed (exit code " + exit
        + "); its log is " + log + ", ending:\n" + tail;
    // Exit code 3 is the run's own verdict that its options or inputs need fixing.
    return exit == 3
        ? ClaimgraphException.of(problem, "The run refused its options or input.", "Fix what the log says and run the benchmark again.")
        : new IllegalStateException(problem);
  }

  private static long bytesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
