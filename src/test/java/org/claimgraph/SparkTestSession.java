package org.claimgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.job.SparkSessions;

/** The one local[2] SparkSession every test shares (Surefire runs all test classes in one JVM). */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    SparkSession spark = SparkSessions.create("claimgraph-tests", "local[2]");
    spark.conf().set("spark.sql.shuffle.partitions", "4");
    return spark;
  }

  /** {@code ../shared/data}, or null when the shared corpora are not beside the project. */
  public static Path sharedData() {
    Path shared = Paths.get(System.getProperty("claimgraph.shared", "../shared")).resolve("data");
    return Files.isDirectory(shared) ? shared : null;
  }
}
