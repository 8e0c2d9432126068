package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.claimgraph.ingest.ColumnMapping.Field;

/**
 * Parses one decoded JSON Lines record strictly: exactly one JSON object, nothing after it, no
 * single quotes, no unescaped control characters, no repeated keys. Article fields must be JSON
 * strings (or null); {@code published} may also be an integer (epoch seconds or millis). A number
 * where an id or text is expected is rejected as {@code wrong_type} rather than coerced, so that
 * {@code 9} and {@code "9"} never silently become the same key.
 */
final class JsonRecordParser {
  private JsonRecordParser() {}

  // Long bodies are a validation matter (text_too_long), not a parse error; depth and number length keep
  // Jackson's defaults, which bound the stack and the cost of number parsing.
  static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
      .build();

  private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(LIMITS)
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static Row parse(String file, long line, long index, String json, ColumnMapping columns) {
    String excerpt = RawRecord.excerpt(json);
    JsonNode node;
    try {
      node = STRICT.readTree(json);
    } catch (StreamConstraintsException e) {
      // Jackson's safety limits (nesting depth, number length) throw without a location.
      boolean depth = e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("depth");
      return RawRecord.rejected(file, line, index, null, depth ? Reason.TOO_DEEP : Reason.NUMBER_TOO_LONG,
          (depth ? "the JSON nests deeper than " + LIMITS.getMaxNestingDepth() + " levels"
              : "a JSON number has more than " + LIMITS.getMaxNumberLength() + " digits")
              + ": " + firstLine(e), excerpt);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
      return RawRecord.rejected(file, line, index, null, Reason.UNPARSEABLE,
          "not one valid JSON value: " + firstLine(e) + where, excerpt);
    }
    if (!node.isObject()) {
      return RawRecord.rejected(file, line, index, null, Reason.NOT_AN_OBJECT,
          "the line holds a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object",
          excerpt);
    }
    Map<Field, String> values = new EnumMap<>(Field.class);
    String idForRejection = null;
    JsonNode idNode = first(node, columns, Field.ID);
    if (idNode != null && idNode.isTextual()) {
      idForRejection = idNode.asText();
    }
    for (Field field : Field.values()) {
      JsonNode value = first(node, columns, field);
      if (value == null) {
        continue;
      }
      if (value.isTextual() && hasLoneSurrogate(value.asText())) {
        // Must be caught here: Spark encodes strings as UTF-8 and would turn the surrogate into '?'.
        return RawRecord.rejected(file, line, index, idForRejection, Reason.BAD_ENCODING,
            "`" + columns.name(field) + "` holds an escaped lone surrogate, which is not a Unicode character", excerpt);
      }
      if (value.isTextual()) {
        values.put(field, value.asText());
      } else if (field == Field.PUBLISHED && value.isIntegralNumber()) {
        values.put(field, value.asText());
      } else {
        return RawRecord.rejected(file, line, index, idForRejection, Reason.WRONG_TYPE,
            "`" + columns.name(field) + "` is a JSON " + value.getNodeType().name().toLowerCase(Locale.ROOT)
                + ", expected a string" + (field == Field.PUBLISHED ? " or an epoch number" : ""), excerpt);
      }
    }
    return RawRecord.fields(file, line, index, values.get(Field.ID), values.get(Field.URL),
        values.get(Field.OUTLET), values.get(Field.TITLE), values.get(Field.PUBLISHED), values.get(Field.TEXT),
        excerpt);
  }

  private static String firstLine(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
  }

  /** The value of the first candidate key that is present and not null. */
  private static JsonNode first(JsonNode object, ColumnMapping columns, Field field) {
    for (String name : columns.candidates(field)) {
      JsonNode v = object.get(name);
      if (v != null && !v.isNull()) {
        return v;
      }
    }
    return null;
  }

  /** What the kept start of an over-long line says: its id (when it comes early) and the field that was cut. */
  record Cut(String id, String field) {}

  /**
   * Reads the start of a line that was cut at the byte cap, token by token, up to the break: the
   * string values are skipped, not built, so a huge field costs nothing beyond the bytes kept.
   */
  static Cut cut(String prefix, ColumnMapping columns) {
    String id = null;
    String field = null;
    try (JsonParser p = STRICT.getFactory().createParser(prefix)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Cut(null, null);
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING && id == null && columns.candidates(Field.ID).contains(field)) {
          id = p.getText();
        } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // The break (or bad JSON before it): what was read so far is the answer.
    }
    return new Cut(id, field);
  }

  /** The id of a line that cannot be used, when a lenient reading of it still finds one; else null. */
  static String idOf(String line, ColumnMapping columns) {
    try {
      JsonNode id = first(new ObjectMapper().readTree(line), columns, Field.ID);
      return id != null && id.isTextual() ? id.asText() : null;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
