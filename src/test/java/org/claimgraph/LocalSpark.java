package org.claimgraph;

import org.apache.spark.sql.SparkSession;

/**
 * A local[2] SparkSession for NLP tests that needs nothing from the job package (which
 * {@link SparkTestSession} depends on); getOrCreate returns the one session of the test JVM.
 */
public final class LocalSpark {
  private LocalSpark() {}

  public static synchronized SparkSession get() {
    return SparkSession.builder()
        .appName("claimgraph-nlp-tests")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}
