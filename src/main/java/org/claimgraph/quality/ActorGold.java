package org.claimgraph.quality;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A hand-labelled actor gold file ({@code article_id group_id surface type}, see
 * {@code src/main/resources/eval/README.md}) with the texts of its articles, and the gold mentions:
 * every whole-word occurrence of each gold surface in its article.
 */
public record ActorGold(String label, Map<String, List<Entry>> byArticle, Map<String, String> texts) {

  /** The development set: the 16 articles the actor rules were written on. */
  public static final String DEVELOPMENT = "/eval/actor-merges.tsv";

  /** The held-out set: 33 articles nobody tuned on. */
  public static final String HELD_OUT = "/eval/actor-heldout.tsv";

  public record Entry(String articleId, String group, String surface, String type) {}

  /** A gold surface found in the text: {@code [begin, end)} of article {@code articleId}. */
  public record Located(String articleId, int begin, int end, String surface, String type, String group) {}

  /**
   * @param resource one of {@link #DEVELOPMENT}, {@link #HELD_OUT}
   * @param newsFiles the jsonl files (plain or .gz) that hold the gold's articles, by {@code id}
   */
  public static ActorGold load(SparkSession spark, String label, String resource, List<Path> newsFiles) {
    Map<String, List<Entry>> byArticle = new LinkedHashMap<>();
    for (Entry e : read(resource)) {
      byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : newsFiles) {
      // A few dozen articles: collecting their texts to the driver is the point of an evaluation.
      for (Row r : spark.read().json(file.toString()).filter(col("id").isin(byArticle.keySet().toArray()))
          .select("id", "text").collectAsList()) {
        texts.put(r.getString(0), r.getString(1));
      }
    }
    for (String id : byArticle.keySet()) {
      if (!texts.containsKey(id)) {
        throw new IllegalArgumentException("article " + id + " of " + resource + " is not in " + newsFiles);
      }
    }
    return new ActorGold(label, byArticle, texts);
  }

  /** Every gold mention of every article, in article order. */
  public List<Located> located() {
    List<Located> out = new ArrayList<>();
    byArticle.forEach((id, entries) -> out.addAll(locate(id, texts.get(id), entries)));
    return out;
  }

  static List<Entry> read(String resource) {
    try (InputStream in = ActorGold.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<Entry> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = reader.readLine();  // header
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Entry(f[0], f[1], f[2], f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every whole-word occurrence of the article's gold surfaces, longest first, not overlapping. */
  static List<Located> locate(String articleId, String text, List<Entry> surfaces) {
    List<Entry> ordered = new ArrayList<>(surfaces);
    ordered.sort(Comparator.comparingInt((Entry g) -> g.surface().length()).reversed());
    boolean[] taken = new boolean[text.length()];
    List<Located> out = new ArrayList<>();
    for (Entry g : ordered) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(g.surface()) + "(?![\\p{L}\\p{N}])").matcher(text);
      int found = 0;
      while (m.find()) {
        boolean free = true;
        for (int i = m.start(); i < m.end() && free; i++) {
          free = !taken[i];
        }
        if (free) {
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
          out.add(new Located(articleId, m.start(), m.end(), g.surface(), g.type(), g.group()));
          found++;
        }
      }
      if (found == 0) {
        throw new IllegalArgumentException("gold surface '" + g.surface() + "' not found in article " + articleId);
      }
    }
    out.sort(Comparator.comparingInt(Located::begin));
    return out;
  }
}
