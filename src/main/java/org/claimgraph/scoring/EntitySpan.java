package org.claimgraph.scoring;

/** An entity mention: token positions [start, end) in a sentence, and its type. */
public record EntitySpan(int sentence, int start, int end, String type) {
  boolean sameBoundaries(EntitySpan other) {
    return sentence == other.sentence && start == other.start && end == other.end;
  }
}
