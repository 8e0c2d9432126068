package org.claimgraph.actors;

import java.util.Set;
import org.claimgraph.WordListResource;

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
    return WordListResource.read(FOLDER + name + ".txt", "the actor word list");
  }
}
