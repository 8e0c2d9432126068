package org.claimgraph.attribution.rules;

import org.claimgraph.attribution.Span;

/**
 * A quotation from its opening to its closing mark. An unclosed one runs to the end of its paragraph;
 * {@code prev} is the quote of the previous paragraph it continues (a paragraph that opens a quote
 * without closing the one before), or -1.
 */
record Quote(int begin, int end, boolean closed, int prev) {
  Span span() {
    return new Span(begin, end);
  }
}
