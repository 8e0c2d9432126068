package org.claimgraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.ingest.InputFiles.InputFile;

/**
 * A reader that turns one whole file into {@link RawRecord} rows inside a Spark task. Reading a file
 * in one task is what lets us number lines, survive a gzip stream cut short and decide a file's
 * encoding; the price is no splitting of one huge uncompressed file (gzip cannot be split anyway).
 */
interface PerFileReader extends Serializable {

  /** Rows of one file, produced lazily. Must not throw for bad content: reject it instead. */
  Iterator<Row> read(InputFile file, Configuration conf);

  /** Runs the reader over the files, one file per task where there are enough cores for that. */
  static Dataset<Row> readAll(SparkSession spark, List<InputFile> files, PerFileReader reader) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SerializableConf conf = new SerializableConf(spark.sparkContext().hadoopConfiguration());
    int slices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
    JavaRDD<Row> rows = jsc.parallelize(files, slices).flatMap(f -> reader.read(f, conf.get()));
    return spark.createDataFrame(rows, RawRecord.SCHEMA);
  }

  /** Opens a file through Hadoop, decompressing by suffix (.gz, .bz2, ...), with no cap. */
  static InputStream open(InputFile file, Configuration conf) throws IOException {
    return open(file, conf, Long.MAX_VALUE);
  }

  /**
   * Opens a file through Hadoop, decompressing by suffix; a compressed file that expands to more than
   * {@code maxDecompressedBytes} fails with {@link CappedInputStream.TooLargeException} on that read.
   */
  static InputStream open(InputFile file, Configuration conf, long maxDecompressedBytes) throws IOException {
    Path path = new Path(file.path());
    FileSystem fs = path.getFileSystem(conf);
    InputStream raw = new FsErrorsAsIo(fs.open(path));
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    try {
      return codec == null ? raw : new CappedInputStream(codec.createInputStream(raw), maxDecompressedBytes,
          "the file decompresses to");
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * Hadoop's local file system reports a failing read (EIO) as {@link FSError}, an Error that would
   * end the task; readers handle IOExceptions, so it is turned into one.
   */
  final class FsErrorsAsIo extends FilterInputStream {
    FsErrorsAsIo(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (FSError e) {
        throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (FSError e) {
        throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
      }
    }
  }
}
