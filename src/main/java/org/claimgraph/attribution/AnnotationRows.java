package org.claimgraph.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/**
 * Turns Spark NLP annotation rows ({@code annotatorType, begin, end (inclusive), result, metadata,
 * embeddings}) into an {@link AttributionDocument} with exclusive ends. Runs on executors.
 */
public final class AnnotationRows {
  private AnnotationRows() {}

  public static AttributionDocument toDocument(String text, List<Row> sentences, List<Row> tokens,
      List<Row> pos, List<Row> entities) {
    int n = text.length();
    List<AttributionDocument.Sentence> sents = new ArrayList<>();
    for (Row s : sentences) {
      int b = clamp(s.getInt(s.fieldIndex("begin")), n);
      int e = clamp(s.getInt(s.fieldIndex("end")) + 1, n);
      if (e > b) {
        sents.add(new AttributionDocument.Sentence(b, e));
      }
    }
    Map<Long, String> tags = new HashMap<>();
    for (Row p : pos) {
      tags.put(key(p.getInt(p.fieldIndex("begin")), p.getInt(p.fieldIndex("end"))),
          p.getString(p.fieldIndex("result")));
    }
    List<AttributionDocument.Token> toks = new ArrayList<>(tokens.size());
    int si = 0;
    for (Row t : tokens) {
      int rb = t.getInt(t.fieldIndex("begin"));
      int re = t.getInt(t.fieldIndex("end"));
      int b = clamp(rb, n);
      int e = clamp(re + 1, n);
      if (e <= b) {
        continue;
      }
      while (si + 1 < sents.size() && sents.get(si).end() <= b) {
        si++;
      }
      String tag = tags.getOrDefault(key(rb, re), "");
      toks.add(new AttributionDocument.Token(b, e, text.substring(b, e), tag, si));
    }
    List<AttributionDocument.Mention> mentions = new ArrayList<>();
    if (entities != null) {
      for (Row c : entities) {
        int b = clamp(c.getInt(c.fieldIndex("begin")), n);
        int e = clamp(c.getInt(c.fieldIndex("end")) + 1, n);
        if (e <= b) {
          continue;
        }
        String type = metadata(c).getOrDefault("entity", "MISC");
        mentions.add(new AttributionDocument.Mention(b, e, text.substring(b, e), type));
      }
    }
    return new AttributionDocument(text, sents, toks, mentions);
  }

  static Map<String, String> metadata(Row annotation) {
    int i = annotation.fieldIndex("metadata");
    if (annotation.isNullAt(i)) {
      return Map.of();
    }
    Object m = annotation.get(i);
    if (m instanceof scala.collection.Map<?, ?> sm) {
      @SuppressWarnings("unchecked")
      Map<String, String> j = JavaConverters.mapAsJavaMap((scala.collection.Map<String, String>) sm);
      return j;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> j = (Map<String, String>) m;
    return j;
  }

  private static long key(int begin, int end) {
    return ((long) begin << 32) | (end & 0xffffffffL);
  }

  private static int clamp(int v, int n) {
    return Math.max(0, Math.min(v, n));
  }
}
