package org.claimgraph.ingest;

import java.text.Normalizer;

/**
 * The one text normalisation used for article bodies and titles. Every offset downstream indexes
 * its output, so it must be deterministic, fast (one pass over tens of millions of words) and never
 * throw.
 *
 * <p>Rules: Unicode NFC; control and format characters removed (except ZWJ/ZWNJ, which change how
 * emoji and some scripts read); every kind of space (NBSP, em space, ideographic space, tab...)
 * becomes one plain space, runs collapse, lines are trimmed. Paragraphs are blocks separated by a
 * blank line: two or more line breaks become exactly {@code "\n\n"}, and a single line break inside
 * a paragraph becomes a space (hard-wrapped text reads as one paragraph). CR, CRLF, NEL and U+2028
 * count as line breaks, U+2029 as a paragraph break. Lone surrogates are dropped.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Normalised text; "" for null or for text with nothing visible. */
  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length());
    int newlines = 0;
    boolean space = false;
    int n = s.length();
    for (int i = 0; i < n; ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (classify(c)) {
        case LINE_BREAK -> {
          if (c == '\r' && i < n && s.charAt(i) == '\n') {
            i++;
          }
          newlines++;
          space = false;
        }
        case PARAGRAPH_BREAK -> {
          newlines += 2;
          space = false;
        }
        case SPACE -> space = newlines == 0;
        case DROP -> { }
        case VISIBLE -> {
          if (out.length() > 0) {
            if (newlines >= 2) {
              out.append("\n\n");
            } else if (newlines == 1 || space) {
              out.append(' ');
            }
          }
          newlines = 0;
          space = false;
          out.appendCodePoint(c);
        }
      }
    }
    return out.toString();
  }

  private enum Kind { VISIBLE, SPACE, LINE_BREAK, PARAGRAPH_BREAK, DROP }

  private static Kind classify(int c) {
    if (c >= 0x21 && c < 0x7F) {
      return Kind.VISIBLE; // fast path: printable ASCII
    }
    switch (c) {
      case ' ', '\t', 0x0B, 0x0C -> {
        return Kind.SPACE;
      }
      case '\n', '\r', 0x85, 0x2028 -> {
        return Kind.LINE_BREAK;
      }
      case 0x2029 -> {
        return Kind.PARAGRAPH_BREAK;
      }
      case 0x200C, 0x200D -> {
        return Kind.VISIBLE; // ZWNJ / ZWJ: meaningful in emoji sequences and Indic/Persian text
      }
      default -> { }
    }
    switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
        return Kind.SPACE;
      }
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> {
        return Kind.DROP;
      }
      default -> {
        return Kind.VISIBLE;
      }
    }
  }
}
