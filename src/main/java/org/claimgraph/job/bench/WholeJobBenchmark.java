package org.claimgraph.job.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.claimgraph.ClaimgraphException;

/**
 * {@code claimgraph bench --whole}: the whole job on the first N articles of a news file, for each size
 * and core count, each run a fresh child JVM writing into a fresh empty output. Prints a table and
 * writes {@code bench-whole.json}, {@code bench-whole.svg} and each run's log into the report folder.
 */
public final class WholeJobBenchmark {
  private WholeJobBenchmark() {}

  /**
   * What to run: sizes and core counts ascending and distinct; {@code runOptions} are passed on to
   * every {@code run} (e.g. --models, --config).
   */
  public record Settings(Path news, List<Integer> sizes, List<Integer> cores, Path reportDir,
      List<String> runOptions) {
    public Settings {
      sizes = sizes.stream().distinct().sorted().toList();
      cores = cores.stream().distinct().sorted().toList();
      runOptions = List.copyOf(runOptions);
    }
  }

  /** Runs every size on every core count; returns the JSON file written. */
  public static Path run(Settings settings, PrintStream out) {
    if (!Files.isRegularFile(settings.news())) {
      throw ClaimgraphException.of("News file " + settings.news() + " does not exist.",
          "bench --whole runs the job on the first articles of a JSON Lines news file.",
          "Pass --input FILE (JSON Lines, plain or .gz), or --data DIR holding news/allsides-10k.jsonl.gz.");
    }
    Instant started = Instant.now();
    Path work = null;
    try {
      Files.createDirectories(settings.reportDir().resolve("logs"));
      work = Files.createTempDirectory("claimgraph-bench-whole-");
      List<Path> inputs = firstLines(settings.news(), settings.sizes(), work);
      List<WholeJobRun> runs = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        int size = settings.sizes().get(i);
        for (int cores : settings.cores()) {
          runs.add(measure(settings, size, cores, inputs.get(i), work, out));
        }
      }
      Scaling scaling = Scaling.of(settings.sizes(), settings.cores(), runs);
      BenchTable.print(runs, scaling, out);
      Path json = settings.reportDir().resolve("bench-whole.json");
      BenchJson.write(json, settings, started, runs, scaling);
      Path svg = settings.reportDir().resolve("bench-whole.svg");
      Files.writeString(svg, BenchChart.svg(runs), StandardCharsets.UTF_8);
      out.printf("report: %s, %s and each run's log in %s%n", json, svg, settings.reportDir().resolve("logs"));
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(work);
    }
  }

  private static WholeJobRun measure(Settings settings, int size, int cores, Path input, Path work, PrintStream out)
      throws IOException {
    String name = size + "-articles-" + cores + "-cores";
    Path output = work.resolve("output-" + name);
    Path log = settings.reportDir().resolve("logs").resolve(name + ".log");
    // Progress goes to stderr so that stdout holds the table alone.
    System.err.printf("[bench --whole] %s ...%n", WholeJobRun.label(size, cores));
    WholeJobRun run = MeasuredRun.run(size, cores, input, output, log, settings.runOptions());
    System.err.printf(Locale.ROOT, "[bench --whole] %s: %.1f s, %.0f tokens/s%n", run.label(), run.wallSeconds(),
        run.tokensPerSecond());
    // Outputs are measured and dropped at once: five of them at 5,000 articles would fill a small disk.
    delete(output);
    return run;
  }

  /** Writes the first N lines of the news file for each size N, as {@code WORK/first-N.jsonl}. */
  private static List<Path> firstLines(Path news, List<Integer> sizes, Path work) throws IOException {
    int largest = sizes.get(sizes.size() - 1);
    List<String> lines = new ArrayList<>(largest);
    try (InputStream raw = Files.newInputStream(news);
        InputStream in = news.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < largest && (line = reader.readLine()) != null) {
        lines.add(line);
      }
    }
    if (lines.size() < largest) {
      throw ClaimgraphException.of("News file " + news + " has " + lines.size() + " lines, fewer than the "
          + largest + " articles asked for.", "Each size runs on that many first lines of the file.",
          "Pass --sizes no larger than " + lines.size() + ", or a larger --input.");
    }
    List<Path> inputs = new ArrayList<>();
    for (int size : sizes) {
      Path file = work.resolve("first-" + size + ".jsonl");
      Files.write(file, lines.subList(0, size), StandardCharsets.UTF_8);
      inputs.add(file);
    }
    return inputs;
  }

  private static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
