package org.claimgraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a word list shipped in the jar: one word a line, blank lines and {@code #} comments skipped.
 * The rules of every stage keep their words in such files, so a linguist edits a list, not Java.
 */
public final class WordListResource {
  private WordListResource() {}

  /**
   * @param path the resource path, e.g. {@code /actors/titles.txt}
   * @param what what the list is, for the error message ("an actor word list")
   */
  public static Set<String> read(String path, String what) {
    InputStream in = WordListResource.class.getResourceAsStream(path);
    if (in == null) {
      throw ClaimgraphException.of(capitalised(what) + " is missing.",
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
      throw ClaimgraphException.of("Cannot read " + what + " " + path + ".", e.getMessage(),
          "Rebuild the claimgraph jar.", e);
    }
    return Set.copyOf(words);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
