package org.claimgraph.attribution;

import java.io.Serializable;

/** A character span {@code [begin, end)} into a document's text (end exclusive). */
public record Span(int begin, int end) implements Serializable, Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean overlaps(Span other) {
    return other != null && begin < other.end && other.begin < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
