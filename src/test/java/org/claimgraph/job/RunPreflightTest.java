package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems a run can see before Spark starts must stop it there (issue 17), with exit 3 and one
 * message. That the run stopped before {@link RunJob} is shown by the output directory, which a run
 * creates first thing, not being there afterwards.
 */
class RunPreflightTest {
  @TempDir Path dir;
  private Path input;

  @BeforeEach
  void oneGoodInput() throws Exception {
    input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\":\"a\",\"text\":\"The minister said so.\"}\n");
  }

  /** Exit code and everything written to stderr. */
  private static Map.Entry<Integer, String> run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return Map.entry(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  private static void assertOneUserError(Map.Entry<Integer, String> result, String... phrases) {
    assertThat(result.getKey()).isEqualTo(Main.USER_ERROR);
    assertThat(result.getValue()).contains(phrases);
    assertThat(result.getValue().lines().filter(l -> l.startsWith("error:"))).hasSize(1);
    assertThat(result.getValue()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void outputThatIsARegularFileStopsTheRunBeforeSpark() throws Exception {
    Path file = dir.resolve("out.txt");
    Files.writeString(file, "not a directory");
    assertOneUserError(run("run", "--input", input.toString(), "--output", file.toString()),
        "regular file", "fix:");
    Path below = file.resolve("tables");
    assertOneUserError(run("run", "--input", input.toString(), "--output", below.toString()), "is a regular file");
    assertThat(Files.readString(file)).isEqualTo("not a directory");
  }

  @Test
  void outputDirectoryWithoutWritePermissionIsRefused() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (Files.isWritable(locked)) {
        // Root may write anywhere: then the directory really is writable and the run may go on.
        Preflight.checkOutput(locked.resolve("out").toString());
      } else {
        assertThatThrownBy(() -> Preflight.checkOutput(locked.resolve("out").toString()))
            .isInstanceOf(ClaimgraphException.class).hasMessageContaining("not writable");
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Preflight.checkOutput(dir.resolve("new/deeper/out").toString());
  }

  @Test
  void unknownColumnFieldIsAnErrorListingTheFields() {
    Path out = dir.resolve("out");
    assertOneUserError(run("run", "--input", input.toString(), "--output", out.toString(), "--column", "bogus=x"),
        "'bogus'", "id, url, outlet, title, published, text");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingInputIsFoundBeforeSparkAndTheModelLoad() {
    Path out = dir.resolve("out");
    assertOneUserError(run("run", "--input", dir.resolve("nope.jsonl").toString(), "--output", out.toString()),
        "no such input");
    assertOneUserError(run("run", "--input", input + "," + dir.resolve("also-missing/*.jsonl"), "--output",
        out.toString()), "no file matches the glob");
    assertThat(out).doesNotExist();
  }

  @Test
  void wholeNumbersBeyondIntRangeAreRefusedNotWrapped() throws Exception {
    Path conf = dir.resolve("c.properties");
    Files.writeString(conf, "max-text-chars = 4294967296\n");
    assertThatThrownBy(() -> JobConfig.resolve(conf, Map.of()))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("max-text-chars is too large");
    Path out = dir.resolve("out");
    assertOneUserError(run("run", "--config", conf.toString(), "--input", input.toString(), "--output",
        out.toString()), "max-text-chars is too large", "The largest value it can take is");
    assertThat(out).doesNotExist();
    assertThatThrownBy(() -> JobConfig.resolve(null, Map.of("graph.max-actors-per-article", "99999999999")))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> JobConfig.resolve(null, Map.of("limit", "99999999999999999999")))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("not a usable number");
    assertThat(JobConfig.resolve(null, Map.of("limit", "99999999999")).ingestOptions(java.util.List.of("x"))
        .limit()).isEqualTo(99_999_999_999L);
  }

  @Test
  void aPathOnAFileSystemThisJvmLacksStopsTheRunBeforeSpark() {
    Path out = dir.resolve("out");
    assertOneUserError(run("run", "--input", "foo://x/day.jsonl", "--output", out.toString()),
        "no file system for foo://", "spark.hadoop.fs.foo.impl");
    Map.Entry<Integer, String> s3 = run("run", "--input", "s3a://AKIAPLANTED:PLANTEDS3SECRET@bucket/day.jsonl",
        "--output", out.toString());
    assertOneUserError(s3, "s3a:// file system is not on the classpath", "hadoop-aws");
    assertThat(s3.getValue()).doesNotContain("PLANTEDS3SECRET", "AKIAPLANTED");
    assertOneUserError(run("run", "--input", input.toString(), "--output", "foo://out"), "no file system for foo://");
    assertThat(out).doesNotExist();
  }

  @Test
  void parquetGivenForAJsonFileIsOneMessageBeforeSpark() {
    Path out = dir.resolve("out");
    assertOneUserError(run("run", "--input", input.toString(), "--format", "parquet", "--output", out.toString()),
        "is not a Parquet file", "starts with '{\"id'", "--format jsonl");
    assertThat(out).doesNotExist();
  }
}
