package org.claimgraph.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What {@code target/claimgraph-cluster.jar} (made by {@code package}, before this suite runs) holds: at
 * most 120 MB, Delta Lake inside, Spark and Scala left to the cluster, no native library for a platform
 * other than Linux x86-64, no TensorFlow graph, no logging configuration of its own, Guava and protobuf
 * relocated. Prints its largest entries, so a build that grows shows what grew.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterJarIT {
  static final Path JAR = Path.of("target", "claimgraph-cluster.jar");
  private static final long MAX_BYTES = 120_000_000L;
  private static final Pattern NATIVE = Pattern.compile(".*\\.(so|dll|dylib|jnilib|pdb)$");
  private static final Pattern OTHER_PLATFORM = Pattern.compile(
      "(?i).*(aarch|arm64|_m1|ppc64|s390|musl|linux32|i386|x86_32|win|osx|mac|darwin).*");
  private final List<ZipEntry> entries = new ArrayList<>();

  @BeforeAll
  void readTheJar() throws IOException {
    assertThat(JAR).as("made by mvn package").exists();
    try (ZipFile zip = new ZipFile(JAR.toFile())) {
      zip.stream().forEach(entries::add);
    }
    System.out.printf("%s: %,d bytes, %,d entries; largest (compressed bytes):%n", JAR, Files.size(JAR), entries.size());
    entries.stream().sorted(Comparator.comparingLong(ZipEntry::getCompressedSize).reversed()).limit(15)
        .forEach(e -> System.out.printf("  %,12d  %s%n", e.getCompressedSize(), e.getName()));
  }

  private List<String> names(Pattern pattern) {
    return entries.stream().map(ZipEntry::getName).filter(n -> pattern.matcher(n).matches()).toList();
  }

  @Test
  void isAtMost120Megabytes() throws IOException {
    assertThat(Files.size(JAR)).isLessThanOrEqualTo(MAX_BYTES);
  }

  @Test
  void holdsNativeLibrariesForLinuxX8664Only() {
    List<String> natives = names(NATIVE);
    assertThat(natives).as("native libraries").isNotEmpty();
    assertThat(natives).filteredOn(n -> OTHER_PLATFORM.matcher(n).matches()).as("natives of other platforms").isEmpty();
  }

  @Test
  void leavesSparkAndScalaToTheClusterAndBringsDelta() {
    assertThat(names(Pattern.compile("(scala/|org/apache/spark/SparkContext|org/rocksdb/).*"))).isEmpty();
    assertThat(names(Pattern.compile("org/apache/spark/sql/delta/DeltaLog\\.class|io/delta/storage/.*"))).isNotEmpty();
    assertThat(names(Pattern.compile("org/claimgraph/job/Main\\.class"))).hasSize(1);
  }

  @Test
  void hasNoTensorFlowGraphsAndNoLoggingConfiguration() {
    assertThat(names(Pattern.compile(".*\\.pb$|(ner-dl|classifier-dl|multi-classifier-dl|sentiment-dl|sp-process)/.*"))).isEmpty();
    assertThat(names(Pattern.compile("log4j2?\\.(properties|xml)|log4j2-test\\..*"))).isEmpty();
  }

  @Test
  void relocatesGuavaAndProtobuf() {
    assertThat(names(Pattern.compile("com/google/(common|protobuf|thirdparty)/.*\\.class"))).isEmpty();
    assertThat(names(Pattern.compile("org/claimgraph/shaded/com/google/(common|protobuf)/.*"))).isNotEmpty();
  }
}
