package org.claimgraph.job;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one place claimgraph creates a SparkSession. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session for a run. {@code master} null means: take it from spark-submit (cluster), or
   * local[*] when launched directly.
   */
  public static SparkSession create(String appName, String master) {
    // Java serialisation on purpose: Kryo cannot serialise the Java records our stages ship to executors.
    SparkSession.Builder builder = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // retention-hours is the user's choice; Delta's own floor of 168 h would refuse a shorter one.
        .config("spark.databricks.delta.retentionDurationCheck.enabled", "false")
        // claimgraph keeps no managed tables: without this every command leaves spark-warehouse/ in the
        // working directory.
        .config("spark.sql.warehouse.dir", Path.of(System.getProperty("java.io.tmpdir"), "claimgraph-warehouse").toUri().toString());
    boolean underSubmit = System.getProperty("spark.master") != null;
    if (master != null) {
      builder.master(master);
    } else if (!underSubmit) {
      builder.master("local[*]");
    }
    boolean local = master != null ? master.startsWith("local") : !underSubmit;
    if (local) {
      builder.config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8");
    }
    return builder.getOrCreate();
  }
}
