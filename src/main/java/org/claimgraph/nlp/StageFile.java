package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.claimgraph.ClaimgraphException;

/**
 * The binary file a claimgraph Spark ML stage keeps next to its params metadata (weights Spark's
 * params JSON cannot hold), written and read through Hadoop FileSystem so a model directory works
 * the same on local disk, HDFS and S3.
 */
public final class StageFile {
  private StageFile() {}

  /** Writes the file's bytes. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Parses the file's bytes; {@code name} is for error messages. */
  public interface Parser<T> {
    T parse(InputStream in, String name) throws IOException;
  }

  /** Writes {@code file} under the stage directory; {@code what} names it in errors ("the NER model"). */
  public static void write(SparkContext sc, String stageDir, String file, String what, Content content) {
    Path path = new Path(stageDir, file);
    try (OutputStream out = path.getFileSystem(sc.hadoopConfiguration()).create(path, true)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw ClaimgraphException.of("Cannot write " + what + " to " + path + ".", e.getMessage(),
          "Check that the destination is writable.", e);
    }
  }

  /** Reads {@code file} under the stage directory, or returns null when the stage was saved without it. */
  public static <T> T readIfPresent(SparkContext sc, String stageDir, String file, String what, Parser<T> parser) {
    Path path = new Path(stageDir, file);
    try {
      FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
      if (!fs.exists(path)) {
        return null;
      }
      try (InputStream in = fs.open(path)) {
        return parser.parse(in, path.toString());
      }
    } catch (IOException e) {
      throw ClaimgraphException.of("Cannot read " + what + " from " + path + ".", e.getMessage(),
          "Check the path and permissions, or retrain the model with `claimgraph train`.", e);
    }
  }
}
