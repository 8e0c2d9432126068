package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds an article's metadata and main body text in a news page, with jsoup.
 *
 * <p>Body: a content-scoring extractor. After dropping elements that never hold article text
 * (scripts, navigation, forms, asides, hidden elements, and containers whose class or id says
 * comment / share / related / promo / ad ...), every paragraph-like block scores by its length and
 * punctuation; its score flows to its parent (full) and grandparent (half). A container's score
 * then grows with class/id hints (article, content, story, body) and shrinks with link density. The
 * best container, plus siblings that score nearly as well, is rendered as paragraphs separated by
 * blank lines, skipping link lists and boilerplate blocks inside it.
 *
 * <p>The project's figure on the scrapinghub benchmark comes from
 * {@code org.claimgraph.quality.HtmlExtractionEvaluation}.
 */
public final class HtmlArticleExtractor {
  private HtmlArticleExtractor() {}

  /** What a page yields; any field may be null. {@code published} is the raw value found. */
  public record Extracted(String title, String published, String outlet, String url, String text) {}

  /** Class/id words of containers that hold no article text however long they are. */
  private static final Pattern ALWAYS_NEGATIVE = Pattern.compile(
      "comment|share|sharing|social|related|promo|newsletter|subscri|cookie|popup|modal|sidebar|breadcrumb|"
          + "footer|outbrain|taboola|recommend|trending|most-popular|more-stories|read-more|signup|sign-up|"
          + "byline|author-info|disclaimer|paywall-prompt|login", Pattern.CASE_INSENSITIVE);
  /**
   * Class/id words that usually mark boilerplate but also appear on page wrappers
   * ({@code Page-ad-margins}, {@code hidden-xs}): such a container goes only when it holds little prose.
   */
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|share|sharing|social|related|promo|advert|\\bads?\\b|ad-|-ad\\b|sponsor|newsletter|subscri|cookie|"
          + "popup|modal|sidebar|breadcrumb|footer|masthead|menu|\\bnav|widget|recommend|trending|popular|outbrain|"
          + "taboola|signup|sign-up|banner|toolbar|byline|author-info|tags|tag-list|meta-data|disclaimer|"
          + "read-more|more-stories|paywall|login|print-only|hidden|skip|jump", Pattern.CASE_INSENSITIVE);
  private static final int PROSE_KEEPS_CONTAINER = 500;
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|blog|prose|paragraph", Pattern.CASE_INSENSITIVE);
  private static final String NEVER_CONTENT = "script, style, noscript, template, svg, iframe, object, embed, "
      + "button, input, select, textarea, nav, footer, aside, header, link, meta, canvas, video, audio, figure, "
      + "figcaption, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [style~=(?i)display:\\s*none]";
  private static final String PARAGRAPHS = "p, pre, blockquote, td, li, h2, h3, h4";
  private static final Pattern BLOCK_TAGS = Pattern.compile(
      "p|div|section|article|main|pre|blockquote|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|br|hr|figure|center");

  private static final ObjectMapper LENIENT_JSON = new ObjectMapper(JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build());

  public static Extracted extract(Document doc) {
    List<JsonNode> jsonLd = jsonLd(doc);
    String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
    String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
        findJsonLd(jsonLd, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"),
        meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"), meta(doc, "dc.date.issued"), meta(doc, "date"),
        attr(doc.selectFirst("time[datetime]"), "datetime"));
    String outlet = firstNonBlank(meta(doc, "og:site_name"), findJsonLd(jsonLd, "publisher.name"));
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
    return new Extracted(title, published, outlet, url, body(doc));
  }

  /** The main body text: paragraphs separated by blank lines; "" when nothing qualifies. */
  static String body(Document doc) {
    Element root = doc.body();
    if (root == null) {
      return "";
    }
    root.select(NEVER_CONTENT).remove();
    removeUnlikely(root);
    Map<Element, Double> scores = scores(root);
    Element best = best(scores);
    if (best == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Element part : withSiblings(best, scores)) {
      String text = render(part);
      if (!text.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(text);
      }
    }
    return out.toString();
  }

  private static void removeUnlikely(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      String hints = hints(e);
      if (hints.isBlank() || POSITIVE.matcher(hints).find()) {
        continue;
      }
      if (ALWAYS_NEGATIVE.matcher(hints).find()
          || NEGATIVE.matcher(hints).find() && proseLength(e) < PROSE_KEEPS_CONTAINER) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  /** Characters of text in paragraphs, the kind of text an article body is made of. */
  private static int proseLength(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static Map<Element, Double> scores(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : root.select("div, section, article, td, span, font")) {
      // Text written straight into a container (separated by <br>) makes it a candidate itself.
      String own = e.ownText();
      if (own.length() >= 100) {
        add(scores, e, paragraphScore(own));
        if (e.parent() != null) {
          add(scores, e.parent(), paragraphScore(own) / 2);
        }
      }
    }
    for (Element p : root.select(PARAGRAPHS)) {
      String t = p.text();
      if (t.length() < 25) {
        continue;
      }
      double score = paragraphScore(t);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      add(scores, parent, score);
      Element grand = parent.parent();
      if (grand != null) {
        add(scores, grand, score / 2);
      }
    }
    scores.replaceAll((e, s) -> (s + tagWeight(e) + classWeight(e)) * (1 - linkDensity(e)));
    return scores;
  }

  private static Element best(Map<Element, Double> scores) {
    return scores.entrySet().stream().filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
  }

  /**
   * The best container and those of its siblings that look like more of the same article: a body
   * split over several sections (NYT's companion columns) or loose paragraphs next to it.
   */
  private static List<Element> withSiblings(Element best, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, scores.get(best) * 0.2);
    String bestClass = best.className();
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        parts.add(sibling);
        continue;
      }
      double bonus = !bestClass.isEmpty() && sibling.className().equals(bestClass) ? scores.get(best) * 0.2 : 0;
      double score = scores.getOrDefault(sibling, 0.0) + bonus;
      String t = sibling.text();
      boolean prose = sibling.normalName().equals("p") && linkDensity(sibling) < 0.25
          && (t.length() > 80 || t.length() > 0 && t.endsWith("."));
      if (score >= threshold || prose) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private static double paragraphScore(String t) {
    return 1 + count(t, ',') + count(t, '，') + count(t, '、') + Math.min(t.length() / 100.0, 3);
  }

  private static void add(Map<Element, Double> scores, Element e, double score) {
    scores.merge(e, score, Double::sum);
  }

  private static double tagWeight(Element e) {
    return switch (e.tagName()) {
      case "article" -> 10;
      case "div", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "li", "form" -> -3;
      default -> 0;
    };
  }

  private static double classWeight(Element e) {
    String hints = hints(e);
    double w = 0;
    if (NEGATIVE.matcher(hints).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(hints).find()) {
      w += 25;
    }
    return w;
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  /** Renders a container as paragraphs, leaving out link lists and very short link-only blocks. */
  private static String render(Element container) {
    List<Element> noise = new ArrayList<>();
    for (Element e : container.select("ul, ol, div, section, table, p")) {
      String t = e.text();
      if (t.isEmpty() || linkDensity(e) > 0.5) {
        noise.add(e);
      }
    }
    noise.forEach(Element::remove);
    container.select("h1").remove();
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          paragraph.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCK_TAGS.matcher(e.normalName()).matches()) {
          flush(out, paragraph);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCK_TAGS.matcher(e.normalName()).matches()) {
          flush(out, paragraph);
        }
      }
    }, container);
    flush(out, paragraph);
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder paragraph) {
    String p = paragraph.toString().replaceAll("\\s+", " ").strip();
    paragraph.setLength(0);
    if (!p.isEmpty()) {
      out.append(out.length() == 0 ? "" : "\n\n").append(p);
    }
  }

  private static String hints(Element e) {
    return e.className() + " " + e.id();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
        + "]");
    if (m == null) {
      Element item = doc.selectFirst("[itemprop=" + name + "]");
      return item == null ? null : firstNonBlank(item.attr("content"), item.attr("datetime"));
    }
    return m.attr("content");
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        nodes.add(LENIENT_JSON.readTree(script.data()));
      } catch (Exception e) {
        // Broken structured data is common; the page's other metadata still counts.
      }
    }
    return nodes;
  }

  /** The first text value at a dotted path in any JSON-LD object (searching arrays and @graph). */
  private static String findJsonLd(List<JsonNode> roots, String dottedPath) {
    for (JsonNode root : roots) {
      String found = find(root, dottedPath.split("\\."), 0);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String find(JsonNode node, String[] path, int depth) {
    if (depth > 8 || node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        String f = find(child, path, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode v = node;
    for (String key : path) {
      v = v == null ? null : v.get(key);
    }
    if (v != null && v.isTextual() && !v.asText().isBlank()) {
      return v.asText();
    }
    return find(node.get("@graph"), path, depth + 1);
  }
}
