package org.claimgraph.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.ClaimgraphException;

/** Where the open training and evaluation corpora sit under the shared data folder. */
public record Corpora(Path data) {

  public Path conllTrain() {
    return require("conll2003/eng.train");
  }

  public Path conllDev() {
    return require("conll2003/eng.testa");
  }

  public Path conllTest() {
    return require("conll2003/eng.testb");
  }

  public Path udTrain() {
    return require("ud-ewt/en_ewt-ud-train.conllu");
  }

  public Path udTest() {
    return require("ud-ewt/en_ewt-ud-test.conllu");
  }

  public Path news() {
    return require("news/allsides-10k.jsonl.gz");
  }

  /**
   * Unlabelled news for word clusters: AllSides (US politics, 2012-2020) and BBC (2004-2005,
   * with a sport section, whose club and county names a tagger of wire stories needs).
   */
  public List<Path> unlabelledNews() {
    return List.of(news(), require("news/bbc-2225.jsonl.gz"));
  }

  public Path polnear(String split) {
    return require("polnear/" + split);
  }

  private Path require(String relative) {
    Path path = data.resolve(relative);
    if (!Files.exists(path)) {
      throw ClaimgraphException.of(relative + " is not in the data folder " + data.toAbsolutePath() + ".",
          "Training and evaluation read the open corpora (CoNLL-2003, UD EWT, news, PolNeAR) from there.",
          "Pass --data with the folder that holds conll2003/, ud-ewt/, news/ and polnear/ "
              + "(default ../shared/data).");
    }
    return path;
  }
}
