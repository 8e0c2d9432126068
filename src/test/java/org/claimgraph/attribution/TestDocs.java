package org.claimgraph.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.attribution.AttributionDocument.Mention;
import org.claimgraph.attribution.AttributionDocument.Sentence;
import org.claimgraph.attribution.AttributionDocument.Token;

/**
 * Builds {@link AttributionDocument}s for tests without Spark: tokens split like Spark NLP's
 * tokenizer (curly quotes stay glued to words), sentences at . ! ? and blank lines, and a tiny POS
 * dictionary good enough for the one-liners the tests use.
 */
final class TestDocs {
  private TestDocs() {}

  private static final Map<String, String> POS = Map.ofEntries(
      Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("that", "IN"),
      Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("it", "PRP"), Map.entry("they", "PRP"),
      Map.entry("we", "PRP"), Map.entry("i", "PRP"), Map.entry("said", "VBD"), Map.entry("says", "VBZ"),
      Map.entry("say", "VB"), Map.entry("told", "VBD"), Map.entry("is", "VBZ"), Map.entry("was", "VBD"),
      Map.entry("are", "VBP"), Map.entry("were", "VBD"), Map.entry("will", "MD"), Map.entry("would", "MD"),
      Map.entry("did", "VBD"), Map.entry("do", "VBP"), Map.entry("not", "RB"), Map.entry("to", "TO"),
      Map.entry("by", "IN"), Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("of", "IN"),
      Map.entry("for", "IN"), Map.entry("close", "RB"), Map.entry("according", "VBG"),
      Map.entry("and", "CC"), Map.entry("so-called", "JJ"), Map.entry("senior", "JJ"),
      Map.entry("next", "JJ"), Map.entry("ready", "JJ"), Map.entry("dead", "JJ"), Map.entry("rise", "VB"),
      Map.entry("win", "VB"), Map.entry("act", "VB"), Map.entry("continue", "VB"), Map.entry("appeal", "VB"),
      Map.entry("starred", "VBD"), Map.entry("failed", "VBD"), Map.entry("expired", "VBD"),
      Map.entry("arrived", "VBD"), Map.entry("denied", "VBD"), Map.entry("announced", "VBN"),
      Map.entry("planned", "VBN"), Map.entry("years", "NNS"), Map.entry("officials", "NNS"),
      Map.entry("sources", "NNS"), Map.entry("talks", "NNS"), Map.entry("taxes", "NNS"),
      Map.entry("said_adj", "JJ"), Map.entry("off", "RB"), Map.entry("year", "NN"),
      Map.entry("wants", "VBZ"), Map.entry("deny", "VB"), Map.entry("wing", "NN"), Map.entry("known", "VBN"),
      Map.entry("dubbed", "VBN"));

  private static final Pattern TOKEN = Pattern.compile("[“”‘’\"]*[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*[“”‘’\"]*|[^\\s]");

  static AttributionDocument doc(String text, Mention... mentions) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    Matcher end = Pattern.compile("[.!?][”\"’]?(?=\\s|$)|\\n\\n").matcher(text);
    while (end.find()) {
      if (end.end() > start && !text.substring(start, end.end()).isBlank()) {
        int b = start;
        while (b < end.end() && Character.isWhitespace(text.charAt(b))) {
          b++;
        }
        sentences.add(new Sentence(b, end.end()));
      }
      start = end.end();
    }
    if (start < text.length() && !text.substring(start).isBlank()) {
      sentences.add(new Sentence(start, text.length()));
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      int b = m.start();
      int e = m.end();
      int si = 0;
      while (si + 1 < sentences.size() && sentences.get(si).end() <= b) {
        si++;
      }
      tokens.add(new Token(b, e, t, tag(t, b == sentences.get(si).begin()), si));
    }
    return new AttributionDocument(text, sentences, tokens, List.of(mentions));
  }

  static Mention mention(String text, String surface, String type) {
    int b = text.indexOf(surface);
    return new Mention(b, b + surface.length(), surface, type);
  }

  private static String tag(String token, boolean sentenceStart) {
    String w = token.replaceAll("^[“”‘’\"]+|[“”‘’\"]+$", "");
    String lower = w.toLowerCase();
    if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
      return token.equals("\"") ? "``" : token.equals(",") ? "," : token.equals(":") ? ":" : ".";
    }
    if (POS.containsKey(lower)) {
      return POS.get(lower);
    }
    if (Character.isUpperCase(w.charAt(0))) {
      return "NNP";
    }
    if (lower.endsWith("ed")) {
      return "VBD";
    }
    if (lower.endsWith("ing")) {
      return "VBG";
    }
    return "NN";
  }
}
