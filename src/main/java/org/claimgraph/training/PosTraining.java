package org.claimgraph.training;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.UniversalDependencies;
import org.claimgraph.nlp.pos.PosTagger;
import org.claimgraph.nlp.pos.PosTrainer;

/** Trains the project's POS tagger on the Penn tags (XPOS) of a UD treebank. */
public final class PosTraining {
  /** Passes over UD EWT train, chosen on dev (the model card's tuning history). */
  public static final int DEFAULT_ITERATIONS = 12;

  private PosTraining() {}

  public static PosTagger train(Path conlluTrain, int iterations) {
    List<PosTrainer.Sentence> sentences = UniversalDependencies.read(conlluTrain).stream()
        .map(s -> new PosTrainer.Sentence(
            s.words().stream().map(UniversalDependencies.Word::form).toList(),
            s.words().stream().map(UniversalDependencies.Word::xpos).toList()))
        .toList();
    PosTagger tagger = PosTagger.KIND.create(PosTrainer.train(sentences, iterations, 42L));
    tagger.setInputCols(NlpColumns.DOCUMENT, NlpColumns.TOKEN);
    tagger.setOutputCol(NlpColumns.POS);
    return tagger;
  }
}
