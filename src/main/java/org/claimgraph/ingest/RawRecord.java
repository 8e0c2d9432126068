package org.claimgraph.ingest;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * What every reader produces: one row per input record, fields as found (not yet normalised or
 * validated), or a reader-level rejection ({@code reason} set). Readers differ; validation,
 * limit and deduplication work on this one shape.
 */
final class RawRecord {
  private RawRecord() {}

  static final StructType SCHEMA = new StructType()
      .add("source_file", StringType, false)
      .add("position", LongType, true)        // line/row number shown to users; null = whole file
      .add("record_index", LongType, false)   // 1-based ordinal of the record within its file: input order
      .add("article_id", StringType, true)
      .add("url", StringType, true)
      .add("outlet", StringType, true)
      .add("title", StringType, true)
      .add("published", StringType, true)
      .add("text", StringType, true)
      .add("reason", StringType, true)
      .add("detail", StringType, true)
      .add("excerpt", StringType, true);

  static final int EXCERPT_CHARS = 200;

  static Row fields(String file, Long position, long index, String id, String url, String outlet, String title,
                    String published, String text, String excerpt) {
    return RowFactory.create(file, position, index, id, url, outlet, title, published, text, null, null, excerpt);
  }

  static Row rejected(String file, Long position, long index, String id, Reason reason, String detail,
                      String excerpt) {
    return RowFactory.create(file, position, index, id, null, null, null, null, null, reason.code(), detail,
        excerpt);
  }

  /** The first {@link #EXCERPT_CHARS} characters, never ending in half a surrogate pair. */
  static String excerpt(String s) {
    if (s == null || s.length() <= EXCERPT_CHARS) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
    return s.substring(0, end);
  }

  /** Excerpt of raw bytes: decoded as UTF-8 with invalid bytes shown as U+FFFD. */
  static String excerpt(byte[] bytes, int length) {
    return excerpt(new String(bytes, 0, Math.min(length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8));
  }
}
