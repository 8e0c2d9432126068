package org.claimgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.learning.WordShapes;

/**
 * Streams the "text" field of JSON-lines news files (optionally gzipped) as CoNLL-like tokens:
 * punctuation split off words, abbreviations such as "U.S." and clitics such as "'s" kept whole.
 */
final class NewsText {
  private static final String TEXT_FIELD = "\"text\":";

  private NewsText() {}

  /** Calls {@code sink} with the tokens of each article in turn. */
  static void forEachArticle(List<Path> files, Consumer<List<String>> sink) {
    forEachRawText(files, text -> sink.accept(tokenize(text)));
  }

  /** Calls {@code sink} with the untokenised text of each article in turn. */
  static void forEachRawText(List<Path> files, Consumer<String> sink) {
    for (Path file : files) {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader lines = new BufferedReader(
              new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        while ((line = lines.readLine()) != null) {
          String text = textField(line);
          if (text != null) {
            sink.accept(text);
          }
        }
      } catch (IOException e) {
        throw ClaimgraphException.of("cannot read news file " + file, e.getMessage(),
            "pass JSON-lines files (optionally .gz) with a \"text\" field per line.", e);
      }
    }
  }

  /** The unescaped value of the top-level "text" string, or null if the line has none. */
  static String textField(String json) {
    int at = json.indexOf(TEXT_FIELD);
    if (at < 0) {
      return null;
    }
    int i = json.indexOf('"', at + TEXT_FIELD.length());
    if (i < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (i = i + 1; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\' || i + 1 >= json.length()) {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n', 'r', 't' -> out.append(' ');
        case 'u' -> {
          if (i + 4 < json.length()) {
            out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    for (String chunk : text.split("\\s+")) {
      splitChunk(chunk.replace('’', '\'').replace('“', '"').replace('”', '"'), tokens);
    }
    return tokens;
  }

  private static void splitChunk(String chunk, List<String> tokens) {
    int start = 0;
    int end = chunk.length();
    while (start < end && isPunct(chunk.charAt(start))) {
      tokens.add(String.valueOf(chunk.charAt(start++)));
    }
    List<String> trailing = new ArrayList<>();
    while (end > start && isPunct(chunk.charAt(end - 1)) && !isAbbreviation(chunk, start, end)) {
      trailing.add(0, String.valueOf(chunk.charAt(--end)));
    }
    if (end - start > 2 && chunk.regionMatches(true, end - 2, "'s", 0, 2)) {
      tokens.add(chunk.substring(start, end - 2));
      tokens.add(chunk.substring(end - 2, end));
    } else if (end > start) {
      tokens.add(chunk.substring(start, end));
    }
    tokens.addAll(trailing);
  }

  private static boolean isPunct(char c) {
    return !Character.isLetterOrDigit(c);
  }

  /** "U.S." or "Corp." keep their final period, like CoNLL's tokenisation. */
  private static boolean isAbbreviation(String chunk, int start, int end) {
    if (chunk.charAt(end - 1) != '.') {
      return false;
    }
    String word = chunk.substring(start, end - 1);
    return word.indexOf('.') >= 0 || (word.length() <= 3 && WordShapes.isCapitalized(word));
  }

  /** How often each token occurs in the texts of the files. */
  static Map<String, int[]> wordCounts(List<Path> files) {
    Map<String, int[]> counts = new HashMap<>();
    forEachArticle(files, tokens -> {
      for (String t : tokens) {
        counts.computeIfAbsent(t, k -> new int[1])[0]++;
      }
    });
    return counts;
  }

  /** Words seen at least {@code minCount} times, most frequent first (ties by spelling), at most {@code max}. */
  static List<String> frequentWords(Map<String, int[]> counts, int minCount, int max) {
    List<String> words = new ArrayList<>();
    counts.forEach((word, c) -> {
      if (c[0] >= minCount) {
        words.add(word);
      }
    });
    words.sort((a, b) -> counts.get(b)[0] != counts.get(a)[0]
        ? Integer.compare(counts.get(b)[0], counts.get(a)[0]) : a.compareTo(b));
    return words.size() > max ? new ArrayList<>(words.subList(0, max)) : words;
  }
}
