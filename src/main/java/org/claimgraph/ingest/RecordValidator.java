package org.claimgraph.ingest;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Turns a {@link RawRecord} into a candidate article (normalised text and title, parsed date, id,
 * hash, language) or a rejection. Checks run in a fixed order so that each record gets the first
 * reason that applies: bad_encoding, missing_text, empty_text, text_too_long, bad_date.
 */
final class RecordValidator {
  private RecordValidator() {}

  /** RawRecord's order columns, the article columns, then the rejection columns. */
  static final StructType SCHEMA = new StructType()
      .add("source_file", StringType, false)
      .add("position", LongType, true)
      .add("record_index", LongType, false)
      .add("article_id", StringType, true)
      .add("url", StringType, true)
      .add("outlet", StringType, true)
      .add("title", StringType, true)
      .add("published", DateType, true)
      .add("language", StringType, true)
      .add("text", StringType, true)
      .add("text_hash", StringType, true)
      .add("char_count", IntegerType, true)
      .add("reason", StringType, true)
      .add("detail", StringType, true)
      .add("excerpt", StringType, true);

  static Row validate(Row raw, int maxTextChars, BadDatePolicy badDate) {
    String id = trimToNull(raw.getString(3));
    if (raw.getString(9) != null) {
      return reject(raw, id, raw.getString(9), raw.getString(10));
    }
    String rawText = raw.getString(8);
    if (rawText == null) {
      return reject(raw, id, Reason.MISSING_TEXT.code(), "the record has no text (field missing or null)");
    }
    String text = TextNormalizer.normalize(rawText);
    if (text.isEmpty()) {
      return reject(raw, id, Reason.EMPTY_TEXT.code(),
          "the text is empty once spaces and invisible characters are removed (" + rawText.length() + " raw chars)");
    }
    if (text.length() > maxTextChars) {
      return reject(raw, id, Reason.TEXT_TOO_LONG.code(),
          "the normalised text has " + text.length() + " chars, more than the limit of " + maxTextChars);
    }
    String rawDate = trimToNull(raw.getString(7));
    LocalDate published = PublishedDates.parse(rawDate);
    if (rawDate != null && (published == null || !PublishedDates.plausible(published))) {
      if (badDate == BadDatePolicy.REJECT) {
        return reject(raw, id, Reason.BAD_DATE.code(), published == null
            ? "published '" + rawDate + "' is not a date in any accepted format"
            : "published '" + rawDate + "' is " + published + ": before 1900 or more than 2 days in the future");
      }
      published = null;
    }
    String hash = sha256(text);
    String title = TextNormalizer.normalize(raw.getString(6));
    return RowFactory.create(raw.getString(0), raw.get(1), raw.getLong(2),
        id != null ? id : "sha256:" + hash.substring(0, 16),
        trimToNull(raw.getString(4)), trimToNull(raw.getString(5)), title.isEmpty() ? null : title,
        published == null ? null : java.sql.Date.valueOf(published), EnglishDetector.language(text),
        text, hash, text.length(), null, null, raw.getString(11));
  }

  private static Row reject(Row raw, String id, String reason, String detail) {
    return RowFactory.create(raw.getString(0), raw.get(1), raw.getLong(2), id, null, null, null, null, null,
        null, null, null, reason, detail, raw.getString(11));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
