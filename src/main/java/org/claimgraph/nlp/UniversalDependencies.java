package org.claimgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimgraphException;

/** Reads CoNLL-U treebanks (UD EWT): one {@link Sentence} per tree, multiword and empty nodes left out. */
public final class UniversalDependencies {
  private UniversalDependencies() {}

  /** A syntactic word: form, Penn Treebank tag (XPOS), 1-based head (0 = root) and relation. */
  public record Word(String form, String xpos, int head, String relation) {}

  public record Sentence(List<Word> words) {}

  public static List<Sentence> read(Path conllu) {
    if (!Files.isRegularFile(conllu)) {
      throw ClaimgraphException.of("Treebank file " + conllu + " does not exist.",
          "Training and evaluating POS and dependencies need UD English EWT in CoNLL-U format.",
          "Pass --data pointing at the folder that holds ud-ewt/ (default ../shared/data).");
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          if (!words.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(words)));
            words.clear();
          }
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        // "3-4" lines are surface multiword tokens and "5.1" lines empty nodes: neither is a tree word.
        if (f.length < 8 || f[0].contains("-") || f[0].contains(".")) {
          continue;
        }
        words.add(new Word(f[1], f[4], Integer.parseInt(f[6]), f[7]));
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Could not read " + conllu + ".", e.getMessage(),
          "Check that the file is readable CoNLL-U.", e);
    }
    if (!words.isEmpty()) {
      sentences.add(new Sentence(List.copyOf(words)));
    }
    return sentences;
  }
}
