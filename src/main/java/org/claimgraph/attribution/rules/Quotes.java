package org.claimgraph.attribution.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The quotations of a text, paired paragraph by paragraph, with per character whether it is inside
 * one. Curly, straight, guillemet and doubled-apostrophe marks all count.
 */
final class Quotes {
  static final String OPEN_QUOTES = "“\"«‘";
  static final String CLOSE_QUOTES = "”\"»’";

  private final String text;
  private final List<Quote> quotes = new ArrayList<>();
  private final boolean[] inQuote;
  private final int[] quoteAt; // index of the quote covering a char, or -1

  Quotes(String text) {
    this.text = text;
    int n = text.length();
    inQuote = new boolean[n + 1];
    quoteAt = new int[n + 1];
    Arrays.fill(quoteAt, -1);
    findQuotes();
  }

  int size() {
    return quotes.size();
  }

  Quote get(int i) {
    return quotes.get(i);
  }

  /** Index of the quote covering character {@code pos}, or -1. */
  int at(int pos) {
    return quoteAt[pos];
  }

  /** Inside the marks of a quote (the marks themselves are not). */
  boolean inQuote(int pos) {
    return inQuote[pos];
  }

  private void findQuotes() {
    int n = text.length();
    int paraStart = 0;
    int prevOpenQuote = -1;
    while (paraStart <= n) {
      int paraEnd = text.indexOf('\n', paraStart);
      if (paraEnd < 0) {
        paraEnd = n;
      }
      int open = -1;
      char openChar = 0;
      for (int i = paraStart; i < paraEnd; i++) {
        char c = text.charAt(i);
        boolean dbl = c == '\'' && i + 1 < paraEnd && text.charAt(i + 1) == '\'';
        if (open < 0) {
          if (c == '“' || c == '«' || (c == '"' && opensHere(i)) || (dbl && opensHere(i))
              || (c == '”' && opensHere(i) && i + 1 < paraEnd && Character.isLetter(text.charAt(i + 1)))) {
            open = i;
            openChar = dbl ? 'd' : c;
            if (dbl) {
              i++;
            }
          }
        } else {
          boolean closes = switch (openChar) {
            case '“', '”' -> c == '”' || (c == '"');
            case '«' -> c == '»';
            case '"' -> c == '"' || c == '”';
            case 'd' -> dbl;
            default -> false;
          };
          if (closes) {
            int end = dbl ? i + 2 : i + 1;
            addQuote(open, end, true, prevOpenQuote >= 0 && opensParagraph(open) ? prevOpenQuote : -1);
            prevOpenQuote = -1;
            open = -1;
            if (dbl) {
              i++;
            }
          }
        }
      }
      if (open >= 0) {
        int end = paraEnd;
        while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        int link = prevOpenQuote >= 0 && opensParagraph(open) ? prevOpenQuote : -1;
        addQuote(open, end, false, link);
        prevOpenQuote = quotes.size() - 1;
      } else if (paraEnd > paraStart && !text.substring(paraStart, paraEnd).isBlank()) {
        prevOpenQuote = -1;
      }
      paraStart = paraEnd + 1;
    }
  }

  private boolean opensHere(int i) {
    return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  boolean opensParagraph(int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n';
  }

  private void addQuote(int begin, int end, boolean closed, int prev) {
    if (end - begin < 2) {
      return;
    }
    quotes.add(new Quote(begin, end, closed, prev));
    int qi = quotes.size() - 1;
    for (int i = begin; i < end; i++) {
      inQuote[i] = i > begin && (closed ? i < end - 1 : true);
      quoteAt[i] = qi;
    }
  }

  static boolean isMark(char c) {
    return OPEN_QUOTES.indexOf(c) >= 0 || CLOSE_QUOTES.indexOf(c) >= 0 || c == '\'';
  }

  /** Character {@code i} is the closing mark of a quote. */
  boolean closesQuote(int i) {
    return quoteAt[i] >= 0 && quotes.get(quoteAt[i]).end() == i + 1 && quotes.get(quoteAt[i]).closed();
  }

  /** The quote whose closing mark sits right before {@code pos} (only commas/space/dashes between). */
  int quoteEndingBefore(int pos) {
    int j = pos - 1;
    while (j >= 0 && (Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n'
        || text.charAt(j) == ',' || text.charAt(j) == '—' || text.charAt(j) == '–')) {
      j--;
    }
    // ",''' he recalled": a nested quote closes with the outer one and its mark is left over
    if (j > 0 && (text.charAt(j) == '\'' || text.charAt(j) == '’') && quoteAt[j] < 0 && quoteAt[j - 1] >= 0) {
      j--;
    }
    if (j < 0 || quoteAt[j] < 0) {
      return -1;
    }
    Quote q = quotes.get(quoteAt[j]);
    return q.end() - 1 == j && q.closed() ? quoteAt[j] : -1;
  }

  /** The unused quote that opens at {@code pos}, past space and a run of "." or ","; or -1. */
  int nextQuoteAfter(int pos, boolean[] used) {
    int j = pos;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    while (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ',')) {
      j++;
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length() || quoteAt[j] < 0 || quotes.get(quoteAt[j]).begin() != j || used[quoteAt[j]]) {
      return -1;
    }
    return quoteAt[j];
  }
}
