package org.claimgraph.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The invented articles bundled with claimgraph, used when a run names no input. */
final class SampleCorpus {
  private SampleCorpus() {}

  static final String RESOURCE = "sample/articles.jsonl";

  /** Copies the corpus out of the jar to a local file Spark can read. */
  static String extract() {
    try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the claimgraph build");
      }
      Path dir = Files.createTempDirectory("claimgraph-sample-");
      Path file = dir.resolve("articles.jsonl");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      dir.toFile().deleteOnExit();
      file.toFile().deleteOnExit();
      return file.toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
