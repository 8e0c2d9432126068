package org.claimgraph.job;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.hadoop.util.VersionInfo;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ingest.Ingest;

/**
 * Checks a run can read its inputs and write its output before Spark starts: otherwise a missing input
 * is found only after the model load and an unwritable output only at the first table write, hours in.
 * Only local paths are read here; HDFS and S3 need the cluster's configuration, which Spark brings. But
 * every path's file system must exist in this JVM: Spark would otherwise fail at the first read, after
 * the model load, with a stack trace.
 */
final class Preflight {
  private Preflight() {}

  static void check(JobConfig config, List<String> inputs) {
    List<String> locations = new ArrayList<>(inputs);
    locations.add(config.output());
    checkFileSystems(hadoopConfiguration(config.sparkSettings()), locations);
    Ingest.checkLocalInputs(config.ingestOptions(inputs));
    checkOutput(config.output());
  }

  /**
   * The Hadoop settings the session will have, as far as they are known before it starts: the
   * classpath's *-site.xml, then {@code spark.hadoop.*} from spark-submit (system properties), then
   * from {@code --conf}.
   */
  static Configuration hadoopConfiguration(Map<String, String> sparkSettings) {
    Configuration conf = new Configuration();
    System.getProperties().stringPropertyNames().forEach(key -> setHadoop(conf, key, System.getProperty(key)));
    sparkSettings.forEach((key, value) -> setHadoop(conf, key, value));
    return conf;
  }

  private static void setHadoop(Configuration conf, String sparkKey, String value) {
    if (sparkKey.startsWith("spark.hadoop.")) {
      conf.set(sparkKey.substring("spark.hadoop.".length()), value);
    }
  }

  /** Each location with a scheme names a file system whose classes this JVM has. */
  static void checkFileSystems(Configuration conf, List<String> locations) {
    for (String location : locations) {
      String scheme;
      try {
        scheme = new org.apache.hadoop.fs.Path(location).toUri().getScheme();
      } catch (IllegalArgumentException e) {
        continue; // not a Hadoop path at all: the reader's own message says so
      }
      if (scheme == null) {
        continue;
      }
      try {
        FileSystem.getFileSystemClass(scheme, conf);
      } catch (UnsupportedFileSystemException e) {
        throw ClaimgraphException.of("Cannot read or write " + location + ": no file system for " + scheme + "://.",
            "Hadoop knows no file system for the scheme '" + scheme + "'.",
            "Check the spelling of the path; for another file system put its jars on the classpath and, if "
                + "needed, name its class with --conf spark.hadoop.fs." + scheme + ".impl=CLASS.");
      } catch (IOException e) {
        continue; // the file system exists; whatever else is wrong, its first read reports it
      } catch (RuntimeException e) {
        // Configuration.getClass wraps the ClassNotFoundException of a file system named but not present.
        String impl = conf.get("fs." + scheme + ".impl");
        throw ClaimgraphException.of("Cannot read or write " + location + ": the " + scheme
                + ":// file system is not on the classpath.",
            "Hadoop maps " + scheme + ":// to " + impl + ", which this JVM cannot load"
                + (scheme.startsWith("s3") ? " (it comes in hadoop-aws, which claimgraph does not bundle)." : "."),
            scheme.startsWith("s3") ? "Add hadoop-aws " + VersionInfo.getVersion() + " and its AWS SDK: "
                + "spark-submit --packages org.apache.hadoop:hadoop-aws:" + VersionInfo.getVersion()
                + ", or their jars on the classpath." : "Put the jar holding " + impl + " on the classpath.");
      }
    }
  }

  static void checkOutput(String output) {
    Path dir = localPath(output);
    if (dir == null) {
      return;
    }
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw ClaimgraphException.of("Cannot write the output to " + output + ".",
          (existing.equals(dir.toAbsolutePath()) ? "It is" : existing + " is") + " a regular file, not a directory; "
              + "the tables are published as a directory of Delta tables.",
          "Give --output a directory (new or existing), or move the file away.");
    }
    if (!Files.isWritable(existing)) {
      throw ClaimgraphException.of("Cannot write the output to " + output + ".",
          "The directory " + existing + " is not writable for this user.",
          "Choose another --output, or give the user running the job write permission there.");
    }
  }

  /** The local path an output names (plain path or file: URI), or null for other file systems. */
  private static Path localPath(String output) {
    try {
      URI uri = new URI(output);
      if (uri.getScheme() == null) {
        return Path.of(output);
      }
      return "file".equals(uri.getScheme()) ? Path.of(uri.getPath()) : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Path.of(output);
    }
  }
}
