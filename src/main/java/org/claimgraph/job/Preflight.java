package org.claimgraph.job;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ingest.Ingest;

/**
 * Checks a run can read its inputs and write its output before Spark starts: otherwise a missing input
 * is found only after the model load and an unwritable output only at the first table write, hours in.
 * Only local paths are checked here; HDFS and S3 need the cluster's configuration, which Spark brings.
 */
final class Preflight {
  private Preflight() {}

  static void check(JobConfig config, List<String> inputs) {
    Ingest.checkLocalInputs(config.ingestOptions(inputs));
    checkOutput(config.output());
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
