package org.claimgraph.quality;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.nlp.GoldAnnotations;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.UniversalDependencies;
import org.claimgraph.nlp.pos.PosTagger;

/**
 * Scores the POS tagger + dependency parser pair on a CoNLL-U treebank (UD EWT test).
 *
 * <p>Tokens come from the gold words (see {@link GoldAnnotations}), so any error is the tagger's or
 * the parser's, never the tokeniser's. POS tags are predicted, not gold: that is what the parser
 * sees in production. The parser emits one annotation per token whose metadata {@code head} is the
 * 1-based index of the head word in the sentence, {@code 0} for the root (its result is then
 * {@code ROOT}; otherwise the head's form).
 */
public final class DependencyEvaluation {
  private DependencyEvaluation() {}

  /** Uses the POS and dependency stages of a fitted pipeline (the last of each kind). */
  public static DependencyScores evaluate(SparkSession spark, PipelineModel pipeline,
      Path conlluTest) {
    PosTagger pos = null;
    DependencyParserModel parser = null;
    for (Transformer stage : pipeline.stages()) {
      if (stage instanceof PosTagger p) {
        pos = p;
      } else if (stage instanceof DependencyParserModel d) {
        parser = d;
      }
    }
    if (pos == null || parser == null) {
      throw ClaimgraphException.of("The pipeline has no " + (pos == null ? "POS" : "dependency")
              + " stage to evaluate.",
          "Dependency evaluation runs the pipeline's PosTagger and DependencyParserModel on "
              + "gold tokens.",
          "Pass a pipeline that ends document→sentence→token→pos→dependency.");
    }
    return evaluate(spark, pos, parser, conlluTest);
  }

  public static DependencyScores evaluate(SparkSession spark, PosTagger pos,
      DependencyParserModel parser, Path conlluTest) {
    List<UniversalDependencies.Sentence> gold = UniversalDependencies.read(conlluTest);
    // Spark NLP's copy() drops the trained weights (they are features, not params), so the
    // stages are rewired in place and their columns put back afterwards.
    String[] posInputs = pos.getInputCols();
    String posOutput = pos.getOutputCol();
    String[] parserInputs = parser.getInputCols();
    String parserOutput = parser.getOutputCol();
    List<Row> rows;
    try {
      pos.setInputCols(NlpColumns.DOCUMENT, NlpColumns.TOKEN);
      pos.setOutputCol(NlpColumns.POS);
      parser.setInputCols(new String[] {NlpColumns.SENTENCE, NlpColumns.POS, NlpColumns.TOKEN});
      parser.setOutputCol(NlpColumns.DEPENDENCY);
      rows = parser.transform(pos.transform(GoldAnnotations.of(spark, gold, false)))
          .selectExpr(GoldAnnotations.ID,
              NlpColumns.DEPENDENCY + ".begin AS begins",
              "transform(" + NlpColumns.DEPENDENCY
                  + ", d -> cast(d.metadata['head'] AS INT)) AS heads")
          .collectAsList();
    } finally {
      pos.setInputCols(posInputs[0], posInputs[1]);
      pos.setOutputCol(posOutput);
      parser.setInputCols(parserInputs);
      parser.setOutputCol(parserOutput);
    }
    List<int[]> predicted = new ArrayList<>(gold.size());
    List<int[]> begins = new ArrayList<>(gold.size());
    for (int i = 0; i < gold.size(); i++) {
      predicted.add(null);
      begins.add(null);
    }
    for (Row r : rows) {
      int id = r.getInt(0);
      begins.set(id, toInts(r.getList(1)));
      predicted.set(id, toInts(r.getList(2)));
    }

    List<DependencyScores.Sentence> scored = new ArrayList<>(gold.size());
    for (int i = 0; i < gold.size(); i++) {
      List<UniversalDependencies.Word> words = gold.get(i).words();
      int[] goldHeads = words.stream().mapToInt(UniversalDependencies.Word::head).toArray();
      boolean[] punct = new boolean[words.size()];
      int[] expectedBegins = new int[words.size()];
      int offset = 0;
      for (int w = 0; w < words.size(); w++) {
        punct[w] = "punct".equals(words.get(w).relation());
        expectedBegins[w] = offset;
        offset += words.get(w).form().length() + 1;
      }
      if (predicted.get(i) == null || !Arrays.equals(begins.get(i), expectedBegins)) {
        throw ClaimgraphException.of("The parser's output for sentence " + (i + 1) + " of "
                + conlluTest + " does not line up with its gold words.",
            "Expected one dependency annotation per gold word, in order; got "
                + (begins.get(i) == null ? "none" : Arrays.toString(begins.get(i))) + ".",
            "Check that the parser reads the token column built from the gold words.");
      }
      scored.add(new DependencyScores.Sentence(goldHeads, predicted.get(i), punct));
    }
    return DependencyScores.score(scored);
  }

  private static int[] toInts(List<Object> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = values.get(i);
      // A head the parser could not name counts as wrong, never as the root.
      out[i] = v == null ? -1 : ((Number) v).intValue();
    }
    return out;
  }
}
