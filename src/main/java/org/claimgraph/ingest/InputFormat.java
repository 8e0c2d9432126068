package org.claimgraph.ingest;

import java.util.List;
import java.util.Locale;
import org.claimgraph.ClaimgraphException;

/** Input file formats. {@code AUTO} picks the format of each file from its extension. */
public enum InputFormat {
  AUTO(List.of()),
  JSONL(List.of(".jsonl", ".ndjson", ".json")),
  PARQUET(List.of(".parquet")),
  CSV(List.of(".csv")),
  TEXT(List.of(".txt")),
  HTML(List.of(".html", ".htm"));

  /** Compression suffixes Hadoop's codec factory understands; stripped before the format suffix. */
  static final List<String> COMPRESSION_SUFFIXES = List.of(".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy");

  private final List<String> extensions;

  InputFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The format named by a user (case-insensitive), or a {@link ClaimgraphException}. */
  public static InputFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ClaimgraphException.of("unknown input format '" + name + "'",
          "claimgraph reads only " + List.of(values()) + ".",
          "pass one of those names (case does not matter), or AUTO to go by file extensions.");
    }
  }

  /** The format whose extension the file name ends with (after any compression suffix), or null. */
  public static InputFormat ofFileName(String fileName) {
    String name = stripCompression(fileName.toLowerCase(Locale.ROOT));
    for (InputFormat f : values()) {
      for (String ext : f.extensions) {
        if (name.endsWith(ext)) {
          return f;
        }
      }
    }
    return null;
  }

  /** The file name without its compression and format extensions: the id of one-file-one-article inputs. */
  static String baseName(String fileName) {
    String stripped = stripCompression(fileName);
    InputFormat f = ofFileName(fileName);
    if (f != null) {
      for (String ext : f.extensions) {
        if (stripped.toLowerCase(Locale.ROOT).endsWith(ext)) {
          return stripped.substring(0, stripped.length() - ext.length());
        }
      }
    }
    return stripped;
  }

  private static String stripCompression(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSION_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
