package org.claimgraph.job;

import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.Secrets;
import org.claimgraph.job.localfs.NioLocalFileSystem;
import org.claimgraph.job.localfs.NioLocalFs;

/** The one place claimgraph creates a SparkSession. */
public final class SparkSessions {
  private SparkSessions() {}

  /** Local files through java.nio, without a process per permission, listing and rename (see NioRawLocalFileSystem). */
  private static final String LOCAL_FILESYSTEM = "org/claimgraph/job/localfs/local-filesystem.xml";
  private static final String DELTA_STATE_PARTITIONS = "spark.databricks.delta.snapshotPartitions";
  static final String REDACTION_REGEX = "spark.redaction.regex";
  static final String PLAN_REDACTION_REGEX = "spark.sql.redaction.string.regex";

  /**
   * A session on {@code master}; null means the one spark-submit passed (it sets the system
   * property {@code spark.master}), or local[*] when nothing was submitted. {@code settings} (from
   * {@code --conf}) come last, so they win over the ones set here.
   */
  public static SparkSession create(String appName, String master, Map<String, String> settings) {
    useNioLocalFiles();
    // Java serialisation on purpose: Kryo cannot serialise the Java records our stages ship to executors.
    SparkSession.Builder builder = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // Delta rebuilds a table's state from its log as a shuffle into 50 partitions, sized for logs of
        // millions of files. claimgraph's tables are compacted to at most a few thousand files, whose state
        // fits one task; the 50 tiny tasks made a re-run of the sample 1.5 times slower.
        .config(DELTA_STATE_PARTITIONS, "4")
        // retention-hours is the user's choice; Delta's own floor of 168 h would refuse a shorter one.
        .config("spark.databricks.delta.retentionDurationCheck.enabled", "false")
        // Executors of a cluster get the local filesystem with the job's Hadoop configuration.
        .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
        .config("spark.hadoop.fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName())
        // claimgraph keeps no managed tables: without this every command leaves spark-warehouse/ in the
        // working directory.
        .config("spark.sql.warehouse.dir", Path.of(System.getProperty("java.io.tmpdir"), "claimgraph-warehouse").toUri().toString());
    String effective = master(master);
    builder.master(effective);
    if (effective.startsWith("local")) {
      builder.config("spark.ui.enabled", "false");
    }
    settings.forEach(builder::config);
    // Spark's logs, event logs and UI blank what claimgraph blanks; a regex of the user's own adds to it.
    builder.config(REDACTION_REGEX, widened(Secrets.sparkRedactionRegex(), settings.get(REDACTION_REGEX)))
        .config(PLAN_REDACTION_REGEX, widened(Secrets.sparkPlanRedactionRegex(), settings.get(PLAN_REDACTION_REGEX)));
    SparkSession session = builder.getOrCreate();
    // Spark's 200 shuffle partitions fit no machine in particular: a few per core, whatever the master,
    // keep both a laptop's and a cluster's cores busy. A run sizes them again from its articles (RunSizing).
    if (!settings.containsKey(RunSizing.SHUFFLE_PARTITIONS)) {
      session.conf().set(RunSizing.SHUFFLE_PARTITIONS,
          RunSizing.PARTITIONS_PER_CORE * session.sparkContext().defaultParallelism());
    }
    return session;
  }

  /**
   * Makes every Hadoop configuration of this JVM, not only the session's, use the java.nio local
   * filesystem: code that makes its own configuration (the input check before Spark starts, Spark
   * NLP) would otherwise put the stock one in Hadoop's filesystem cache, which keeps the first made.
   */
  static void useNioLocalFiles() {
    Configuration.addDefaultResource(LOCAL_FILESYSTEM);
  }

  private static String widened(String ours, String theirs) {
    return theirs == null || theirs.isBlank() ? ours : "(?:" + ours + ")|(?:" + theirs + ")";
  }

  /** The master a session runs on: {@code configured} if given, else the submitted one, else local[*]. */
  static String master(String configured) {
    return configured != null ? configured : System.getProperty("spark.master", "local[*]");
  }
}
