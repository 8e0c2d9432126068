package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.ClaimgraphException;
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
}
