package org.claimgraph.job;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.job.localfs.NioLocalFileSystem;
import org.claimgraph.job.localfs.NioLocalFs;

/** The one place claimgraph creates a SparkSession. */
public final class SparkSessions {
  private SparkSessions() {}

  /** Local files through java.nio, without a process per permission, listing and rename (see NioRawLocalFileSystem). */
  private static final String LOCAL_FILESYSTEM = "org/claimgraph/job/localfs/local-filesystem.xml";

  /**
   * A session on {@code master}; null means the one spark-submit passed (it sets the system
   * property {@code spark.master}), or local[*] when nothing was submitted.
   */
  public static SparkSession create(String appName, String master) {
    useNioLocalFiles();
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
        // Executors of a cluster get the local filesystem with the job's Hadoop configuration.
        .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
        .config("spark.hadoop.fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName())
        .config("spark.sql.warehouse.dir", Path.of(System.getProperty("java.io.tmpdir"), "claimgraph-warehouse").toUri().toString());
    String effective = master(master);
    builder.master(effective);
    if (effective.startsWith("local")) {
      builder.config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8");
    }
    return builder.getOrCreate();
  }

  /**
   * Makes every Hadoop configuration of this JVM, not only the session's, use the java.nio local
   * filesystem: code that makes its own configuration (the input check before Spark starts, Spark
   * NLP) would otherwise put the stock one in Hadoop's filesystem cache, which keeps the first made.
   */
  static void useNioLocalFiles() {
    Configuration.addDefaultResource(LOCAL_FILESYSTEM);
  }

  /** The master a session runs on: {@code configured} if given, else the submitted one, else local[*]. */
  static String master(String configured) {
    return configured != null ? configured : System.getProperty("spark.master", "local[*]");
  }
}
