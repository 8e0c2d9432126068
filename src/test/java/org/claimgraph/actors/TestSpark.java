package org.claimgraph.actors;

import org.apache.spark.sql.SparkSession;

/**
 * The local[2] session for the actors and graph tests. Stands in for {@code SparkTestSession}
 * while the {@code job} package does not compile on this branch; switch to it when merging.
 */
public final class TestSpark {
  private TestSpark() {}

  public static synchronized SparkSession get() {
    return SparkSession.builder().appName("claimgraph-actors-tests").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate();
  }
}
