package org.claimgraph.job;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * The Spark settings of one run, sized from the number of articles it touches rather than from the
 * master: a run of a given size gets the same settings on a laptop and on a cluster, and a setting
 * the user passed always wins.
 *
 * <p>Below {@link JobConfig#SMALL_RUN_ARTICLES} articles (the run's plus every one already in the
 * output) a run is small: its queries run in one shuffle partition, with interpreted expressions and
 * without adaptive re-planning. Measured on the 37-article sample, Spark spent more of the table
 * stage compiling generated code (Janino was the largest single cost of the driver), planning each
 * adaptive stage and scheduling empty tasks than processing rows: the sample run took 0.77 × the wall time
 * and 0.71 × the peak memory with these settings. Above it, code generation and adaptive execution pay for themselves.
 */
final class RunSizing {
  private RunSizing() {}

  /**
   * About 250 articles per shuffle partition: 2,000 articles on 2 cores get the 8 partitions that
   * measured fastest there, and a task's shuffle block stays a few MB.
   */
  static final long ARTICLES_PER_SHUFFLE_PARTITION = 250;
  /** Partitions per core, at most: enough to balance uneven articles without tiny tasks. */
  static final int PARTITIONS_PER_CORE = 4;

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
  static final String EXPRESSION_CODEGEN = "spark.sql.codegen.factoryMode";

  /**
   * @param articles the articles the run touches: its own plus (at most) those stored
   * @param cores the session's default parallelism
   * @param smallRunArticles the size up to which a run is small; 0 treats no run as small
   */
  static Map<String, String> settings(long articles, int cores, long smallRunArticles) {
    Map<String, String> s = new LinkedHashMap<>();
    long sized = (articles + ARTICLES_PER_SHUFFLE_PARTITION - 1) / ARTICLES_PER_SHUFFLE_PARTITION;
    long partitions = Math.max(1, Math.min(sized, (long) PARTITIONS_PER_CORE * Math.max(1, cores)));
    boolean small = articles <= smallRunArticles;
    s.put(SHUFFLE_PARTITIONS, Long.toString(small ? 1 : partitions));
    s.put(ADAPTIVE, Boolean.toString(!small));
    s.put(WHOLE_STAGE_CODEGEN, Boolean.toString(!small));
    s.put(EXPRESSION_CODEGEN, small ? "NO_CODEGEN" : "FALLBACK");
    return s;
  }

  /**
   * The fewest bytes an article takes in an input file: gzip brings the AllSides articles to 2.4 KB each
   * and the sample's short invented ones are 930 bytes plain, so dividing by this over-estimates the
   * articles of any input and a large input is never taken for a small one.
   */
  static final long BYTES_PER_ARTICLE_AT_LEAST = 250;

  /**
   * The settings for a run whose input is not read yet: sized from its bytes, listing no further than
   * the size at which the settings stop changing, so a back-fill of millions of files is not listed
   * before Spark reads it.
   */
  static Map<String, String> settingsForInput(Configuration hadoop, List<String> inputs, long limit, int cores,
      long smallRunArticles) {
    long enough = Math.max(smallRunArticles, ARTICLES_PER_SHUFFLE_PARTITION * PARTITIONS_PER_CORE * Math.max(1, cores));
    return settings(articlesAtMost(hadoop, inputs, limit, enough), cores, smallRunArticles);
  }

  /**
   * At most how many articles {@code inputs} (files, folders or globs) hold, from their size; at most
   * {@code limit} when that is positive. Listing stops once the count passes {@code enough}. Unknown
   * (an input that cannot be listed) counts as unbounded: the read that follows reports the error.
   */
  static long articlesAtMost(Configuration hadoop, List<String> inputs, long limit, long enough) {
    long unbounded = limit > 0 ? limit : Long.MAX_VALUE;
    long cap = Math.min(unbounded, enough);
    long bytes = 0;
    try {
      for (String input : inputs) {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null) {
          return unbounded;
        }
        for (FileStatus match : matches) {
          RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
          while (files.hasNext()) {
            bytes += files.next().getLen();
            if (articles(bytes) > cap) {
              return Math.min(unbounded, articles(bytes));
            }
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return unbounded;
    }
    return Math.min(unbounded, articles(bytes));
  }

  private static long articles(long bytes) {
    return (bytes + BYTES_PER_ARTICLE_AT_LEAST - 1) / BYTES_PER_ARTICLE_AT_LEAST;
  }

  /** Partitions for the NLP stage: two per core, but never an empty one. */
  static int nlpPartitions(long articles, int cores) {
    return (int) Math.max(1, Math.min(2L * Math.max(1, cores), articles));
  }

  /**
   * Sets {@code settings} on the session until the returned handle is closed. A setting the user gave
   * wins: one in the SparkConf ({@code --conf}, spark-submit, spark-defaults.conf) is left alone, and
   * one in {@code userSettings} (the job config's {@code conf.} entries, which a session made before
   * the run never saw) is set instead of the sized value. The session's earlier values come back on
   * close, so one run's size does not steer the next command in the same session.
   */
  static Applied apply(SparkSession spark, Map<String, String> settings, Map<String, String> userSettings) {
    Map<String, Option<String>> before = new LinkedHashMap<>();
    settings.forEach((key, value) -> {
      if (!spark.sparkContext().getConf().contains(key)) {
        before.put(key, spark.conf().getOption(key));
        spark.conf().set(key, userSettings.getOrDefault(key, value));
      }
    });
    return new Applied(spark, before);
  }

  /** Settings in force until {@link #close}. */
  static final class Applied implements AutoCloseable {
    private final SparkSession spark;
    private final Map<String, Option<String>> before;

    private Applied(SparkSession spark, Map<String, Option<String>> before) {
      this.spark = spark;
      this.before = before;
    }

    @Override
    public void close() {
      before.forEach((key, value) -> {
        if (value.isDefined()) {
          spark.conf().set(key, value.get());
        } else {
          spark.conf().unset(key);
        }
      });
    }
  }
}
