package org.claimgraph.training;

import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserApproach;
import com.johnsnowlabs.nlp.annotators.parser.dep.DependencyParserModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.nlp.GoldAnnotations;
import org.claimgraph.nlp.NlpColumns;
import org.claimgraph.nlp.UniversalDependencies;

/**
 * Trains Spark NLP's greedy transition-based (unlabelled) dependency parser on a UD treebank.
 *
 * <p>The approach reads its training trees from a CoNLL-U file, not from the Dataset it is fitted
 * on; the Dataset only has to carry the input columns so that Spark NLP's schema check passes. The
 * parser learns from the XPOS column, so at run time it must be fed Penn tags (our POS model's).
 */
public final class DependencyTraining {
  private DependencyTraining() {}

  public static DependencyParserModel train(SparkSession spark, Path conlluTrain, int iterations) {
    List<UniversalDependencies.Sentence> sentences = UniversalDependencies.read(conlluTrain);
    Path clean = writeCleanConllU(sentences);
    try {
      DependencyParserApproach approach = new DependencyParserApproach();
      approach.setInputCols(new String[] {NlpColumns.SENTENCE, NlpColumns.POS, NlpColumns.TOKEN});
      approach.setOutputCol(NlpColumns.DEPENDENCY);
      approach.setConllU(clean.toString(), approach.setConllU$default$2(),
          approach.setConllU$default$3());
      approach.setNumberOfIterations(iterations);
      // Only the schema of this one-row Dataset is read.
      var schemaOnly = GoldAnnotations.of(spark, sentences.subList(0, 1), true)
          .withColumnRenamed(GoldAnnotations.GOLD_POS, NlpColumns.POS);
      return approach.fit(schemaOnly);
    } finally {
      try {
        Files.deleteIfExists(clean);
      } catch (IOException ignored) {
        // A leftover temp file is harmless.
      }
    }
  }

  /**
   * Rewrites the treebank with syntactic words only (no multiword-token or empty-node lines), every
   * sentence ended by a blank line. Spark NLP's CoNLL-U reader counts every line of a sentence when
   * it places the root and parses the head column of every line, so such lines would shift or break
   * the trees; it also drops a last sentence with no blank line after it.
   */
  static Path writeCleanConllU(List<UniversalDependencies.Sentence> sentences) {
    try {
      Path file = Files.createTempFile("claimgraph-dep-", ".conllu");
      file.toFile().deleteOnExit();
      List<String> lines = new ArrayList<>();
      for (UniversalDependencies.Sentence s : sentences) {
        for (int i = 0; i < s.words().size(); i++) {
          UniversalDependencies.Word w = s.words().get(i);
          lines.add(String.join("\t", String.valueOf(i + 1), w.form(), "_", "_", w.xpos(), "_",
              String.valueOf(w.head()), w.relation(), "_", "_"));
        }
        lines.add("");
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
