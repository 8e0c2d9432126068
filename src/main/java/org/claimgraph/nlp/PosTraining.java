package org.claimgraph.nlp;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.training.POS;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Trains Spark NLP's averaged-perceptron POS tagger on the Penn tags (XPOS) of a UD treebank. */
public final class PosTraining {
  private PosTraining() {}

  private static final String DELIMITER = "|";

  public static PerceptronModel train(SparkSession spark, Path conlluTrain, int iterations) {
    Path tagged = writeTaggedText(UniversalDependencies.read(conlluTrain));
    Dataset<Row> data = new POS().readDataset(spark, tagged.toString(), DELIMITER, "tags",
        NlpColumns.SENTENCE, "text");
    data = NlpStages.tokenizer(spark).transform(data);
    PerceptronApproach approach = new PerceptronApproach();
    approach.setInputCols(new String[] {NlpColumns.SENTENCE, NlpColumns.TOKEN});
    approach.setOutputCol(NlpColumns.POS);
    approach.setPosColumn("tags");
    approach.setNIterations(iterations);
    return (PerceptronModel) approach.fit(data);
  }

  /** Spark NLP's POS reader wants one sentence per line as {@code word|TAG word|TAG}. */
  private static Path writeTaggedText(List<UniversalDependencies.Sentence> sentences) {
    try {
      Path file = Files.createTempFile("claimgraph-pos-", ".txt");
      file.toFile().deleteOnExit();
      List<String> lines = sentences.stream()
          .map(s -> s.words().stream()
              .map(w -> w.form().replace(DELIMITER, "-").replace(' ', '_') + DELIMITER + w.xpos())
              .collect(Collectors.joining(" ")))
          .toList();
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
