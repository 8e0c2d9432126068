package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command that starts Spark takes the same five options from {@link CommonOptions} and reads
 * them through the one {@link JobConfig}: the command line over the {@code --config} file over the
 * defaults, checked before Spark starts.
 */
class CommandOptionsTest {
  private static final List<String> COMMON = List.of("--config", "--master", "--models", "--output", "--data");
  @TempDir Path dir;

  /** Every leaf command under claimgraph, as "run", "eval ner", … */
  private static Map<String, CommandLine> leaves() {
    Map<String, CommandLine> out = new java.util.TreeMap<>();
    new CommandLine(new Main()).getSubcommands().forEach((name, sub) -> {
      if (sub.getSubcommands().isEmpty()) {
        out.put(name, sub);
      } else {
        sub.getSubcommands().forEach((child, leaf) -> out.put(name + " " + child, leaf));
      }
    });
    out.remove("help");
    out.remove("tables"); // prints the table docs from the code: no Spark, no config
    return out;
  }

  @Test
  void everyCommandTakesTheCommonOptionsAndExplainsEveryOption() {
    Map<String, CommandLine> commands = leaves();
    assertThat(commands.keySet()).contains("run", "sql", "train", "bench", "report", "export", "optimize",
        "eval ner", "eval pos", "eval deps", "eval attribution", "eval actors", "eval html");
    commands.forEach((name, cli) -> {
      CommandSpec spec = cli.getCommandSpec();
      for (String option : COMMON) {
        assertThat(spec.findOption(option)).as(name + " " + option).isNotNull();
      }
      for (OptionSpec option : spec.options()) {
        assertThat(String.join(" ", option.description())).as(name + " " + option.longestName()).isNotBlank();
      }
      List<String> help = new ArrayList<>(List.of(name.split(" ")));
      help.add("--help");
      assertThat(Main.execute(help.toArray(String[]::new))).as(name + " --help").isZero();
    });
  }

  @Test
  void theCommandLineWinsOverTheConfigFileWhichWinsOverTheDefaults() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "output = /from/file\nmodels = /models/from-file\ndata = /data/from-file\n");

    SqlCommand sql = new SqlCommand();
    new CommandLine(sql).parseArgs("--config", file.toString(), "--output", "/from/flag");
    JobConfig config = sql.common.config();
    assertThat(config.output()).isEqualTo("/from/flag");
    assertThat(config.models()).isEqualTo("/models/from-file");
    assertThat(config.data()).isEqualTo(Path.of("/data/from-file"));
    assertThat(config.master()).isNull();

    TrainCommand train = new TrainCommand();
    new CommandLine(train).parseArgs();
    assertThat(train.common.config().data()).isEqualTo(Path.of(JobConfig.DEFAULT_DATA));
    assertThat(train.common.config().output()).isEqualTo(JobConfig.DEFAULT_OUTPUT);
  }

  @Test
  void evalTakesTheCommonOptionsBeforeOrAfterTheSubcommand() {
    for (String[] args : List.of(new String[] {"--data", "/d", "--models", "/m", "pos"},
        new String[] {"pos", "--data", "/d", "--models", "/m"})) {
      EvalCommand eval = new EvalCommand();
      new CommandLine(eval).parseArgs(args);
      assertThat(eval.common.config().data()).isEqualTo(Path.of("/d"));
      assertThat(eval.common.config().models()).isEqualTo("/m");
    }
  }

  @Test
  void optimizeTakesItsRetentionFromTheConfigUnlessGiven() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "retention-hours = 24\n");
    OptimizeCommand fromFile = new OptimizeCommand();
    new CommandLine(fromFile).parseArgs("--config", file.toString());
    assertThat(fromFile.common.config(Map.of()).retentionHours()).isEqualTo(24);
    assertThat(Main.execute("optimize", "--config", file.toString(), "--retention-hours", "0"))
        .isEqualTo(Main.USER_ERROR);
  }

  @Test
  void aBadConfigStopsEveryCommandBeforeSpark() throws Exception {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "ouptut = x\n");
    List<String> failed = new ArrayList<>();
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      for (String name : leaves().keySet()) {
        List<String> args = new ArrayList<>(List.of(name.split(" ")));
        args.addAll(List.of("--config", file.toString()));
        if (name.equals("export")) {
          args.addAll(List.of("--to", dir.resolve("export").toString()));
        }
        if (Main.execute(args.toArray(String[]::new)) != Main.USER_ERROR) {
          failed.add(name);
        }
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(failed).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown key 'ouptut'").doesNotContain("\tat ");
  }

  @Test
  void theMasterIsTheGivenOneElseTheSubmittedOneElseLocal() {
    String saved = System.getProperty("spark.master");
    try {
      System.clearProperty("spark.master");
      assertThat(SparkSessions.master(null)).isEqualTo("local[*]");
      assertThat(SparkSessions.master("local[2]")).isEqualTo("local[2]");
      System.setProperty("spark.master", "yarn");
      assertThat(SparkSessions.master(null)).isEqualTo("yarn");
      assertThat(SparkSessions.master("local[2]")).isEqualTo("local[2]");
    } finally {
      if (saved == null) {
        System.clearProperty("spark.master");
      } else {
        System.setProperty("spark.master", saved);
      }
    }
  }
}
