package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {
  @TempDir Path dir;

  @Test
  void flagsOverrideTheFileWhichOverridesDefaults() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "output = /data/out\nlimit = 10\ncolumns.text = body\n");
    Map<String, String> flags = new HashMap<>();
    flags.put("limit", "25");
    flags.put("format", null);

    JobConfig config = JobConfig.resolve(file, flags);

    assertThat(config.output()).isEqualTo("/data/out");
    assertThat(config.get("limit")).isEqualTo("25");
    assertThat(config.get("format")).isEqualTo("auto");
    assertThat(config.ingestOptions(List.of("in.jsonl")).columns().text()).isEqualTo("body");
    assertThat(config.ingestOptions(List.of("in.jsonl")).limit()).isEqualTo(25);
  }

  @Test
  void unknownKeyInFileIsRefusedWithTheKnownKeys() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "ouptut = x\n");
    assertThatThrownBy(() -> JobConfig.resolve(file, Map.of()))
        .isInstanceOf(ClaimgraphException.class)
        .hasMessageContaining("Unknown key 'ouptut'")
        .satisfies(e -> assertThat(((ClaimgraphException) e).fix()).contains("output"));
  }

  @Test
  void badValuesSayWhatIsAllowed() {
    assertThatThrownBy(() -> JobConfig.resolve(null, Map.of("format", "xml")))
        .isInstanceOf(ClaimgraphException.class)
        .satisfies(e -> assertThat(((ClaimgraphException) e).fix()).contains("jsonl, parquet, csv, text, html"));
    assertThatThrownBy(() -> JobConfig.resolve(null, Map.of("limit", "ten")))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> JobConfig.resolve(null, Map.of("retention-hours", "0")))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("must be above 0");
  }

  @Test
  void inputsAreSplitOnCommas() {
    JobConfig config = JobConfig.resolve(null, Map.of("input", "a.jsonl, b.jsonl.gz,"));
    assertThat(config.inputs()).containsExactly("a.jsonl", "b.jsonl.gz");
  }

  @Test
  void cliRejectsUnknownOptionsWithUsageExitCode() {
    assertThat(Main.execute("run", "--no-such-option")).isEqualTo(2);
    assertThat(Main.execute("run", "--format", "xml")).isEqualTo(Main.USER_ERROR);
    assertThat(Main.execute("run", "--help")).isZero();
  }

  @Test
  void thePropertiesFileListsEveryKeyWithItsDefault() throws Exception {
    java.util.Properties listed = new java.util.Properties();
    try (var in = Files.newBufferedReader(Path.of("jobs/conf/claimgraph.properties"))) {
      listed.load(in);
    }
    assertThat(listed.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(JobConfig.KEYS.keySet());
    JobConfig.KEYS.forEach((name, key) -> assertThat(listed.getProperty(name).trim()).as(name)
        .isEqualTo(key.defaultValue()));
    // every default passes its own key's check, and parses to the key's type
    JobConfig.KEYS.values().forEach(key -> assertThat(key.parse(key.defaultValue())).as(key.name())
        .isInstanceOf(key.type()));
    JobConfig.resolve(Path.of("jobs/conf/claimgraph.properties"), Map.of());
  }

  @Test
  void everyKeyInThePropertiesFileHasACommentAboveIt() throws Exception {
    // A key follows its comment, or another key of its family that does (columns.id, columns.url, ...).
    String family = null;
    for (String line : Files.readAllLines(Path.of("jobs/conf/claimgraph.properties"))) {
      String text = line.strip();
      if (text.startsWith("#")) {
        family = "";
      } else if (text.isEmpty()) {
        family = null;
      } else {
        String key = text.substring(0, text.indexOf('=')).strip();
        String own = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        assertThat(family).as("comment above " + key).isIn("", own);
        family = own;
      }
    }
    JobConfig.KEYS.values().forEach(key -> assertThat(key.doc()).as(key.name()).isNotBlank());
  }

  @Test
  void sparkSettingsComeFromConfKeysInTheFileAndConfFlagsWin() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "conf.spark.hadoop.fs.s3a.endpoint = http://from-file:9000\n"
        + "conf.spark.sql.shuffle.partitions = 3\nconf.spark.hadoop.fs.s3a.secret.key = FILESECRET\n");
    JobConfig config = JobConfig.resolve(file, Map.of(), Map.of("spark.sql.shuffle.partitions", "5"));
    assertThat(config.sparkSettings()).containsEntry("spark.hadoop.fs.s3a.endpoint", "http://from-file:9000")
        .containsEntry("spark.sql.shuffle.partitions", "5").containsEntry("spark.hadoop.fs.s3a.secret.key", "FILESECRET");
    assertThat(config.describe()).contains("conf.spark.sql.shuffle.partitions=5",
        "conf.spark.hadoop.fs.s3a.endpoint=http://from-file:9000",
        "conf.spark.hadoop.fs.s3a.secret.key=" + Secrets.REDACTED).doesNotContain("FILESECRET");
  }

  @Test
  void describeBlanksTheUserInformationOfInputUris() {
    JobConfig config = JobConfig.resolve(null, Map.of("input", "s3a://AKIAX:SECRETX@bucket/news/"));
    assertThat(config.inputs()).containsExactly("s3a://AKIAX:SECRETX@bucket/news/");
    assertThat(config.describe()).contains("input=s3a://" + Secrets.REDACTED + "@bucket/news/")
        .doesNotContain("SECRETX", "AKIAX");
  }

  @Test
  void aConfKeyInTheFileThatIsNoSparkSettingIsRefused() throws Exception {
    Path file = dir.resolve("c.properties");
    Files.writeString(file, "conf.fs.s3a.secret.key = FILESECRET\n");
    assertThatThrownBy(() -> JobConfig.resolve(file, Map.of()))
        .isInstanceOf(ClaimgraphException.class).hasMessageContaining("not a Spark setting")
        .hasMessageNotContaining("FILESECRET");
  }

  @Test
  void aMalformedConfFlagIsAUsageErrorThatQuotesNoValue() {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute("run", "--conf", "fs.s3a.secret.key=TYPEDSECRET")).isEqualTo(2);
      assertThat(Main.execute("run", "--conf", "spark.hadoop.fs.s3a.secret.key:TYPEDSECRET")).isEqualTo(2);
      assertThat(Main.execute("sql", "--conf", "spark.=x", "SELECT 1")).isEqualTo(2);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a Spark setting", "has no '='")
        .doesNotContain("TYPEDSECRET");
  }

  @Test
  void theHelpDocumentsConf() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute("eval", "ner", "--help")).isZero();
    } finally {
      System.setOut(saved);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--conf=KEY=VALUE", "spark.hadoop.*", Secrets.REDACTED);
  }
}
