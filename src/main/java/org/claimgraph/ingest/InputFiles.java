package org.claimgraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.claimgraph.ClaimgraphException;

/**
 * Turns the user's inputs (files, directories, globs; any Hadoop file system) into the sorted list
 * of files to read. Sorting by path fixes the input order that {@code limit} and deduplication use.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * One file to read.
   *
   * @param relativeName path below the directory it was found in (the file name for a file named
   *     directly); one-file-one-article formats derive the article id from it
   */
  static final class InputFile implements java.io.Serializable {
    // A class, not a record: Spark ships RDD elements with Kryo, which cannot build records.
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String relativeName;
    private final InputFormat format;

    InputFile(String path, String relativeName, InputFormat format) {
      this.path = path;
      this.relativeName = relativeName;
      this.format = format;
    }

    String path() {
      return path;
    }

    String relativeName() {
      return relativeName;
    }

    InputFormat format() {
      return format;
    }
  }

  static List<InputFile> resolve(Configuration conf, List<String> inputs, InputFormat format) {
    TreeMap<String, InputFile> files = new TreeMap<>();
    for (String input : inputs) {
      try {
        resolveOne(conf, input, format, files);
      } catch (IOException e) {
        throw ClaimgraphException.of("cannot list input '" + input + "'", e.getMessage() + ".",
            "check the path, its permissions and the file system's credentials.", e);
      }
    }
    if (files.isEmpty()) {
      throw ClaimgraphException.of("no input files found in " + inputs,
          "the paths exist but hold no file with a " + (format == InputFormat.AUTO ? "known" : format.name())
              + " extension (.jsonl, .jsonl.gz, .parquet, .csv, .txt, .html, .html.gz ...).",
          "point at the data files, or set the format explicitly.");
    }
    return new ArrayList<>(files.values());
  }

  private static void resolveOne(Configuration conf, String input, InputFormat format, TreeMap<String, InputFile> out)
      throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      throw ClaimgraphException.of("no such input: " + input,
          "nothing exists at that path" + (input.matches(".*[*?\\[{].*") ? " (no file matches the glob)." : "."),
          "check the spelling, or give a directory, a file or a glob that matches files.");
    }
    for (FileStatus match : matches) {
      if (match.isDirectory()) {
        String root = match.getPath().toString();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String rel = f.getPath().toString().substring(root.length()).replaceFirst("^/+", "");
          if (!isHidden(rel)) {
            InputFormat fileFormat = formatOf(f.getPath().getName(), format);
            if (fileFormat != null) {
              add(fs, f, rel, fileFormat, out);
            }
          }
        }
      } else {
        String name = match.getPath().getName();
        InputFormat fileFormat = format == InputFormat.AUTO ? InputFormat.ofFileName(name) : format;
        if (fileFormat == null) {
          throw ClaimgraphException.of("cannot tell the format of " + match.getPath(),
              "its extension is none of .jsonl/.json/.ndjson, .parquet, .csv, .txt, .html/.htm (optionally .gz).",
              "set the input format explicitly.");
        }
        add(fs, match, name, fileFormat, out);
      }
    }
  }

  /** In a directory: AUTO takes every known extension, an explicit format only its own. */
  private static InputFormat formatOf(String name, InputFormat requested) {
    InputFormat byName = InputFormat.ofFileName(name);
    return requested == InputFormat.AUTO || byName == requested ? byName : null;
  }

  /** Spark and Hadoop leave _SUCCESS, .crc and other bookkeeping files beside the data. */
  private static boolean isHidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /**
   * No read check here: Hadoop's access check compares mode bits (it refuses root a mode-000 file root
   * can read) and a failing file would end the whole run. Each reader opens its file and turns a
   * failure into an {@code unreadable_file} row instead.
   */
  private static void add(FileSystem fs, FileStatus f, String rel, InputFormat format, TreeMap<String, InputFile> out) {
    String path = f.getPath().toString();
    out.putIfAbsent(path, new InputFile(path, rel, format));
  }
}
