package org.claimgraph;

import org.apache.spark.sql.SparkSession;
import org.claimgraph.job.SparkSessions;

/** The one local[2] SparkSession every test shares (Surefire and Failsafe each run their test classes in one JVM). */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    SparkSession spark = SparkSessions.create("claimgraph-tests", "local[2]", java.util.Map.of());
    spark.conf().set("spark.sql.shuffle.partitions", "4");
    return spark;
  }
}
