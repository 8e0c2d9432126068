package org.claimgraph.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.claimgraph.ClaimgraphException;

/**
 * The word lists the actor rules consult, read from {@code /actors/*.txt} (one word a line,
 * {@code #} comments; each file says what its words are for and whether case matters).
 */
final class ActorWords {
  private static final String FOLDER = "/actors/";

  /** Titles and offices stripped from the front of a person's name; lower case, no full stop. */
  static final Set<String> TITLES = read("titles");
  /** Person-only honorifics, stripped wherever they stand next to the name; lower case, no full stop. */
  static final Set<String> HONORIFICS = read("honorifics");

  private ActorWords() {}

  static Set<String> read(String name) {
    String path = FOLDER + name + ".txt";
    InputStream in = ActorWords.class.getResourceAsStream(path);
    if (in == null) {
      throw ClaimgraphException.of("An actor word list is missing.",
          "The resource " + path + " is not on the classpath.",
          "Rebuild the claimgraph jar; src/main/resources" + path + " must be packaged.");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Cannot read the actor word list " + path + ".", e.getMessage(),
          "Rebuild the claimgraph jar.", e);
    }
    return Set.copyOf(words);
  }
}
