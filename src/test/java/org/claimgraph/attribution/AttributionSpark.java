package org.claimgraph.attribution;

import org.apache.spark.sql.SparkSession;

/**
 * The local[2] session for attribution tests. getOrCreate returns the suite's shared session when
 * another test class made it first (Surefire runs every class in one JVM).
 */
public final class AttributionSpark {
  private AttributionSpark() {}

  public static synchronized SparkSession get() {
    SparkSession spark = SparkSession.builder().appName("claimgraph-tests").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate();
    spark.conf().set("spark.sql.shuffle.partitions", "4");
    return spark;
  }
}
