package org.claimgraph.quality;

/** An entity mention: token positions [start, end) in a sentence, and its type. */
public record Span(int sentence, int start, int end, String type) {
  boolean sameBoundaries(Span other) {
    return sentence == other.sentence && start == other.start && end == other.end;
  }
}
