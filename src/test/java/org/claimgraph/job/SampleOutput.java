package org.claimgraph.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimgraph.SparkTestSession;
import picocli.CommandLine;

/**
 * One real run of the job on the sample corpus, made the first time a test asks for it and shared by
 * the notebook and dashboard tests (Surefire runs every test class in one JVM): a run takes minutes.
 */
final class SampleOutput {
  private static Path dir;

  private SampleOutput() {}

  static synchronized Path dir() {
    if (dir == null) {
      try {
        Path out = Files.createTempDirectory("claimgraph-sample-output-");
        JobConfig config = JobConfig.resolve(null, Map.of("output", out.toString(), "mode", "replace", "partitions", "2"));
        RunJob.run(SparkTestSession.get(), config, List.of(SampleCorpus.extract()), "sample");
        dir = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** What {@code claimgraph sql --output SAMPLE ARGS…} prints, through the command's own option parsing. */
  static String sql(String... args) {
    SqlCommand command = new SqlCommand();
    String[] all = new String[args.length + 2];
    all[0] = "--output";
    all[1] = dir().toString();
    System.arraycopy(args, 0, all, 2, args.length);
    new CommandLine(command).parseArgs(all);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    command.print(SparkTestSession.get(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    return printed.toString(StandardCharsets.UTF_8);
  }
}
