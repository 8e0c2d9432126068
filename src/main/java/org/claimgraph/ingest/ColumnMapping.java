package org.claimgraph.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which input column (JSON key, CSV header, Parquet column) holds each article field. When a field
 * keeps its default name, common alternative names are tried too, in the order listed in
 * {@link #FALLBACKS}; a name the user set explicitly is used alone.
 */
public record ColumnMapping(String id, String url, String outlet, String title, String published, String text)
    implements Serializable {

  /** Article fields, in the order of the record components. */
  enum Field { ID, URL, OUTLET, TITLE, PUBLISHED, TEXT }

  private static final ColumnMapping DEFAULTS =
      new ColumnMapping("id", "url", "outlet", "title", "published", "text");

  static final Map<Field, List<String>> FALLBACKS = Map.of(
      Field.ID, List.of("article_id", "doc_id", "uuid"),
      Field.URL, List.of("link", "source_url"),
      Field.OUTLET, List.of("source", "publisher", "site_name", "site"),
      Field.TITLE, List.of("headline"),
      Field.PUBLISHED, List.of("date", "publish_date", "published_at", "pub_date", "datePublished"),
      Field.TEXT, List.of("body", "content", "article", "articleBody", "maintext"));

  public static ColumnMapping defaults() {
    return DEFAULTS;
  }

  /** Column names to try for a field, first match wins. */
  List<String> candidates(Field field) {
    String configured = name(field);
    List<String> names = new ArrayList<>();
    names.add(configured);
    if (configured.equals(DEFAULTS.name(field))) {
      names.addAll(FALLBACKS.get(field));
    }
    return names;
  }

  String name(Field field) {
    return switch (field) {
      case ID -> id;
      case URL -> url;
      case OUTLET -> outlet;
      case TITLE -> title;
      case PUBLISHED -> published;
      case TEXT -> text;
    };
  }

  /** The first candidate present in {@code available}, or null when the input has no such column. */
  String resolve(Field field, List<String> available) {
    for (String name : candidates(field)) {
      if (available.contains(name)) {
        return name;
      }
    }
    return null;
  }
}
