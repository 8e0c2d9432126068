package org.claimgraph.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.nlp.LoadedModel;
import org.claimgraph.nlp.NlpColumns;

/**
 * Throughput of the annotation pipeline on real articles: the articles are read and cached first, one
 * warm-up pass runs, then the timed passes; only the NLP stages are inside the clock.
 */
public final class PipelineBenchmark {
  private PipelineBenchmark() {}

  public record Result(long articles, long tokens, double seconds, int stages) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /** Times the pipeline's first {@code stageCount} stages (all when 0 or more than it has). */
  public static Result run(SparkSession spark, LoadedModel model, String newsPath, int articles,
      int partitions, int stageCount, int repeats) {
    Dataset<Row> input = spark.read().json(newsPath).select(col("text")).where(col("text").isNotNull())
        .limit(articles).repartition(partitions).persist(StorageLevel.MEMORY_ONLY());
    long count = input.count();
    Transformer[] all = model.pipeline().stages();
    int n = stageCount <= 0 ? all.length : Math.min(stageCount, all.length);
    PipelineModel timed = new PipelineModel("benchmark", Arrays.copyOf(all, n));
    long tokens = countTokens(timed.transform(input));
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      countTokens(timed.transform(input));
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    input.unpersist();
    return new Result(count, tokens, best, n);
  }

  /**
   * Sums the size of every annotation column: Spark prunes any stage whose output the query does not
   * read, so each stage's column must be read for its cost to count.
   */
  private static long countTokens(Dataset<Row> annotated) {
    Column[] sizes = Arrays.stream(annotated.columns()).filter(c -> !c.equals(NlpColumns.TEXT))
        .map(c -> sum(size(col(c)))).toArray(Column[]::new);
    Row row = annotated.agg(sum(size(col(NlpColumns.TOKEN))), sizes).first();
    return row.isNullAt(0) ? 0 : row.getLong(0);
  }
}
