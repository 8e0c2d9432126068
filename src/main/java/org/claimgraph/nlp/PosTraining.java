package org.claimgraph.nlp;

import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.training.POS;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Trains Spark NLP's averaged-perceptron POS tagger on the Penn tags (XPOS) of a UD treebank. */
public final class PosTraining {
  private PosTraining() {}

  public static PerceptronModel train(SparkSession spark, Path conlluTrain, int iterations) {
    Path tagged = UniversalDependencies.asTaggedText(conlluTrain);
    Dataset<Row> data = new POS().readDataset(spark, tagged.toString(), UniversalDependencies.TAG_DELIMITER, "tags",
        NlpColumns.SENTENCE, "text");
    data = NlpStages.tokenizer(spark).transform(data);
    PerceptronApproach approach = new PerceptronApproach();
    approach.setInputCols(new String[] {NlpColumns.SENTENCE, NlpColumns.TOKEN});
    approach.setOutputCol(NlpColumns.POS);
    approach.setPosColumn("tags");
    approach.setNIterations(iterations);
    return (PerceptronModel) approach.fit(data);
  }
}
