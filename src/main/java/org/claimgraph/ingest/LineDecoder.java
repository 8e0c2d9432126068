package org.claimgraph.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of raw line bytes. UTF-8 errors are reported, never replaced. A line that is not
 * UTF-8 is read in a legacy encoding only when it carries no mark of damaged UTF-8 and ICU4J's
 * detector names a single-byte charset for the file's non-UTF-8 lines (see {@link JsonLinesReader}).
 */
final class LineDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  enum Kind { ASCII, UTF8, INVALID }

  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  static Kind classify(byte[] bytes, int length, LineDecoder decoder) {
    if (isAscii(bytes, length)) {
      return Kind.ASCII;
    }
    return decoder.utf8(bytes, length) == null ? Kind.INVALID : Kind.UTF8;
  }

  static boolean isAscii(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** The text, or null when the bytes are not valid UTF-8. */
  String utf8(byte[] bytes, int length) {
    if (isAscii(bytes, length)) {
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** True when no byte is one of the five windows-1252 leaves undefined (81, 8D, 8F, 90, 9D). */
  static boolean definedInWindows1252(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
        return false;
      }
    }
    return true;
  }

  static String windows1252(byte[] bytes, int length) {
    return new String(bytes, 0, length, WINDOWS_1252);
  }

  /**
   * True when invalid-UTF-8 bytes still carry UTF-8's marks, so the line is damaged UTF-8 rather than
   * legacy text: a complete multi-byte sequence; a C2 or C3 byte (the UTF-8 lead of every Latin-1 letter,
   * while "Â" and "Ã" are rare in windows-1252 text); or E2 80 and F0 9F, the starts of UTF-8
   * punctuation and emoji ("â€" and "ðŸ" do not occur in legacy text). A lone lead byte before ASCII
   * ("caf\xE9 ") cannot be told from a legacy letter and is left to the detector.
   */
  static boolean hasUtf8Fragment(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0xC2 || b == 0xC3) {
        return true;
      }
      int next = i + 1 < length ? bytes[i + 1] & 0xFF : -1;
      if ((b == 0xE2 && next == 0x80) || (b == 0xF0 && next == 0x9F)) {
        return true;
      }
      int continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      if (continuation > 0 && i + continuation < length) {
        boolean complete = true;
        for (int k = 1; k <= continuation && complete; k++) {
          complete = (bytes[i + k] & 0xC0) == 0x80;
        }
        if (complete) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The single-byte legacy charset ICU4J's detector finds in a sample of a file's non-UTF-8 lines, or
   * null when it finds none it trusts. ISO-8859-1 is read as windows-1252, its superset: ISO's C1
   * control codes at 80-9F are never meant in text, windows-1252's quotes and dashes there are.
   */
  static Charset detectLegacy(byte[] sample, int length) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(java.util.Arrays.copyOf(sample, length));
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch m : matches == null ? new CharsetMatch[0] : matches) {
      String name = m.getName();
      if (m.getConfidence() < MIN_CONFIDENCE || !SINGLE_BYTE.matcher(name).matches()) {
        continue;
      }
      try {
        return name.equals("ISO-8859-1") ? WINDOWS_1252 : Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // ICU names a charset this JVM lacks; try its next guess.
      }
    }
    return null;
  }

  /** ICU's single-byte recognisers; its UTF and CJK multi-byte results are not legacy per-line text. */
  private static final java.util.regex.Pattern SINGLE_BYTE =
      java.util.regex.Pattern.compile("ISO-8859-\\d+|windows-125\\d|KOI8-R");
  private static final int MIN_CONFIDENCE = 10;

  /** The bytes in {@code charset}, or null when a byte is undefined there. */
  static String strict(Charset charset, byte[] bytes, int length) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
