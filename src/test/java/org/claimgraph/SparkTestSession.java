package org.claimgraph;

import org.apache.spark.sql.SparkSession;

/** The one local[2] SparkSession all tests in the JVM share (Surefire runs one fork). */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("claimgraph-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return session;
  }
}
