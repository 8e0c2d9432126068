package org.claimgraph.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimgraphException;

/**
 * Reads CoNLL-2003 files (WORD POS CHUNK NER per line, blank line between sentences,
 * -DOCSTART- between documents). Tags come out as IOB2 whatever the file uses.
 */
public final class ConllReader {
  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  public static List<LabeledDocument> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw ClaimgraphException.of(
          "CoNLL file " + file + " not found",
          "the NER trainer and evaluator read CoNLL-2003 format files from the shared data folder.",
          "pass the path of eng.train / eng.testa / eng.testb, or set the shared data root.");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in);
    } catch (IOException e) {
      throw ClaimgraphException.of(
          "cannot read CoNLL file " + file, e.getMessage(), "check the file's permissions.", e);
    }
  }

  static List<LabeledDocument> parse(BufferedReader in) throws IOException {
    DocumentBuilder docs = new DocumentBuilder();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        docs.endSentence();
        continue;
      }
      String[] cols = trimmed.split("\\s+");
      if (cols[0].equals(DOCSTART)) {
        docs.endDocument();
        continue;
      }
      if (cols.length < 2) {
        throw ClaimgraphException.of(
            "malformed CoNLL line " + lineNo + ": '" + line + "'",
            "each token line needs the word first and the NER tag last.",
            "fix or regenerate the file.");
      }
      docs.addToken(cols[0], cols[cols.length - 1]);
    }
    docs.endDocument();
    return docs.documents;
  }

  /** Collects tokens into sentences and sentences into documents as the lines stream past. */
  private static final class DocumentBuilder {
    final List<LabeledDocument> documents = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> labels = new ArrayList<>();

    void addToken(String word, String tag) {
      words.add(word);
      labels.add(tag);
    }

    void endSentence() {
      if (!words.isEmpty()) {
        sentences.add(List.copyOf(words));
        tags.add(NerTags.toIob2(labels));
        words = new ArrayList<>();
        labels = new ArrayList<>();
      }
    }

    void endDocument() {
      endSentence();
      if (!sentences.isEmpty()) {
        documents.add(new LabeledDocument(sentences, tags));
        sentences = new ArrayList<>();
        tags = new ArrayList<>();
      }
    }
  }
}
