package org.claimgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the packages of src/main in one import order: a package may use its own layer and the
 * layers before it in {@link #LAYERS}, never a later one. A sub-package ({@code nlp.ner},
 * {@code attribution.rules}) belongs to the layer of its first name. {@code tables} comes before
 * the stages although writing the tables is the last step of the data flow: it declares the
 * schemas every stage's output conforms to, and imports no stage. Imports and fully qualified
 * names in code are both read; comments are not.
 */
class LayerOrderTest {
  /** Earliest first; "" is the root package (ClaimgraphException). */
  private static final List<String> LAYERS = List.of("", "scoring", "tables", "ingest", "nlp",
      "attribution", "actors", "graph", "quality", "training", "report", "job");

  private static final Path MAIN = Path.of("src/main/java/org/claimgraph");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.claimgraph((?:\\.[a-z]\\w*)*)\\.[A-Z]");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

  @Test
  void everyPackageHasAPlaceInTheOrder() {
    TreeSet<String> unplaced = new TreeSet<>();
    for (Path file : sources()) {
      String layer = layerOf(packageOf(file));
      if (!LAYERS.contains(layer)) {
        unplaced.add(layer);
      }
    }
    assertThat(unplaced).as("top-level packages missing from LayerOrderTest.LAYERS").isEmpty();
  }

  @Test
  void everyPackageSaysItsPlaceInTheDataFlow() {
    TreeSet<String> undocumented = new TreeSet<>();
    for (Path file : sources()) {
      if (!Files.exists(file.resolveSibling("package-info.java"))) {
        undocumented.add(MAIN.relativize(file.getParent()).toString());
      }
    }
    assertThat(undocumented).as("packages without a package-info.java").isEmpty();
  }

  @Test
  void noPackageUsesALaterLayer() {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String from = layerOf(packageOf(file));
      String code = STRING.matcher(COMMENT.matcher(read(file)).replaceAll(" ")).replaceAll("\"\"");
      Matcher m = REFERENCE.matcher(code);
      while (m.find()) {
        String to = layerOf(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
        if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
          violations.add(MAIN.relativize(file) + " (" + from + ") uses org.claimgraph" + m.group(1)
              + " (" + to + ")");
        }
      }
    }
    assertThat(violations).as("imports against the layer order " + LAYERS).isEmpty();
  }

  @Test
  void theScanSeesTheKnownDependencies() {
    // Guards the scan itself: these imports exist and are allowed, so a scan that finds nothing
    // would pass the test above for the wrong reason.
    String training = read(MAIN.resolve("training/ModelTraining.java"));
    Matcher m = REFERENCE.matcher(training);
    TreeSet<String> used = new TreeSet<>();
    while (m.find()) {
      used.add(layerOf(m.group(1).isEmpty() ? "" : m.group(1).substring(1)));
    }
    assertThat(used).contains("nlp", "attribution", "quality");
  }

  private static String layerOf(String subPackage) {
    int dot = subPackage.indexOf('.');
    return dot < 0 ? subPackage : subPackage.substring(0, dot);
  }

  private static String packageOf(Path file) {
    Path dir = MAIN.relativize(file.getParent());
    return dir.toString().isEmpty() ? "" : dir.toString().replace(file.getFileSystem().getSeparator(), ".");
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<Path> java = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      assertThat(java).as("sources under " + MAIN.toAbsolutePath()).hasSizeGreaterThan(100);
      return java;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
