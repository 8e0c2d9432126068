package org.claimgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The corpora in {@code ../shared/data} (or {@code -Dclaimgraph.shared=DIR} for {@code DIR/data}),
 * read by path by the corpus suite, the {@code *IT} classes that {@code mvn verify} runs. A missing
 * corpus fails the test that needs it, never skips it: a green build means the published figures
 * were checked.
 */
public final class SharedCorpora {
  private SharedCorpora() {}

  /** {@code relative} under the shared data folder; fails the calling test when it is not there. */
  public static Path require(String relative) {
    Path root = Paths.get(System.getProperty("claimgraph.shared", "../shared")).resolve("data");
    Path path = root.resolve(relative);
    if (!Files.exists(path)) {
      throw new AssertionError(relative + " not found under " + root.toAbsolutePath()
          + ": the corpus suite (*IT) needs ../shared/data beside the project, or -Dclaimgraph.shared=DIR");
    }
    return path;
  }
}
