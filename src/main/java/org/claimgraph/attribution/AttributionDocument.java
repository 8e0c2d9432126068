package org.claimgraph.attribution;

import java.io.Serializable;
import java.util.List;

/**
 * What the attribution core reads: the normalised text with its sentences, tokens (with Penn POS
 * tags) and entity mentions. Every offset indexes {@code text}, end exclusive. Entities may be
 * empty: the core then falls back to capitalised-word heuristics.
 */
public record AttributionDocument(String text, List<Sentence> sentences, List<Token> tokens,
    List<Mention> entities) implements Serializable {

  public AttributionDocument {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** One sentence, {@code [begin, end)}. */
  public record Sentence(int begin, int end) implements Serializable {}

  /** One token: {@code [begin, end)}, its text, its Penn POS tag (may be empty) and its sentence's index. */
  public record Token(int begin, int end, String text, String pos, int sentence) implements Serializable {}

  /** One entity mention {@code [begin, end)} of type PER, ORG, LOC or MISC. */
  public record Mention(int begin, int end, String text, String type) implements Serializable {
    public Span span() {
      return new Span(begin, end);
    }
  }
}
