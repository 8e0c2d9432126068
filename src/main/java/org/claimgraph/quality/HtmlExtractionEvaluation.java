package org.claimgraph.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.ingest.HtmlArticleExtractor;
import org.claimgraph.ingest.TextNormalizer;
import org.claimgraph.quality.HtmlExtractionReport.PageScore;
import org.jsoup.Jsoup;

/**
 * Scores {@link HtmlArticleExtractor} against a benchmark of pages with gold bodies (the
 * scrapinghub article-extraction-benchmark layout: {@code ground-truth.json} mapping id to
 * {@code {"articleBody": ...}}, pages at {@code <id>.html.gz} or {@code <id>.html}). The extracted
 * body is normalised as ingest normalises it; gold is used as given.
 */
public final class HtmlExtractionEvaluation {
  private HtmlExtractionEvaluation() {}

  private static final int WORST_SHOWN = 10;

  public static HtmlExtractionReport evaluate(Path groundTruthJson, Path pagesDir) {
    JsonNode gold;
    try {
      gold = new ObjectMapper().readTree(groundTruthJson.toFile());
    } catch (IOException e) {
      throw ClaimgraphException.of("cannot read ground truth " + groundTruthJson, e.getMessage() + ".",
          "point at the benchmark's ground-truth.json.", e);
    }
    List<PageScore> scores = new ArrayList<>();
    long overlapAll = 0;
    long extractedAll = 0;
    long goldAll = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String extracted = TextNormalizer.normalize(HtmlArticleExtractor.extract(
          Jsoup.parse(readPage(pagesDir, id), "")).text());
      Map<String, Integer> x = words(extracted);
      Map<String, Integer> g = words(entry.getValue().path("articleBody").asText(""));
      long overlap = 0;
      for (Map.Entry<String, Integer> w : x.entrySet()) {
        overlap += Math.min(w.getValue(), g.getOrDefault(w.getKey(), 0));
      }
      long nx = total(x);
      long ng = total(g);
      double p = nx == 0 ? 0 : (double) overlap / nx;
      double r = ng == 0 ? 0 : (double) overlap / ng;
      scores.add(new PageScore(id, p, r, f1(p, r), nx, ng));
      overlapAll += overlap;
      extractedAll += nx;
      goldAll += ng;
    }
    double macroP = scores.stream().mapToDouble(PageScore::precision).average().orElse(0);
    double macroR = scores.stream().mapToDouble(PageScore::recall).average().orElse(0);
    double macroF = scores.stream().mapToDouble(PageScore::f1).average().orElse(0);
    double microP = extractedAll == 0 ? 0 : (double) overlapAll / extractedAll;
    double microR = goldAll == 0 ? 0 : (double) overlapAll / goldAll;
    List<PageScore> worst = scores.stream().sorted(Comparator.comparingDouble(PageScore::f1))
        .limit(WORST_SHOWN).toList();
    return new HtmlExtractionReport(scores.size(), macroP, macroR, macroF, microP, microR, f1(microP, microR),
        worst);
  }

  private static String readPage(Path dir, String id) {
    Path gz = dir.resolve(id + ".html.gz");
    Path plain = dir.resolve(id + ".html");
    try (InputStream in = Files.exists(gz) ? new GZIPInputStream(Files.newInputStream(gz))
        : Files.newInputStream(plain)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page " + id + " in " + dir, e);
    }
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    // Split on every Unicode space, as the benchmark's Python str.split() does (Java's \\s is ASCII only).
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean space = i == lower.length() || Character.isWhitespace(lower.charAt(i))
          || Character.isSpaceChar(lower.charAt(i));
      if (space && start >= 0) {
        counts.merge(lower.substring(start, i), 1, Integer::sum);
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return counts;
  }

  private static long total(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
