package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of raw line bytes. UTF-8 errors are reported, never replaced. Windows-1252 is
 * the fallback for files that are wholly in that encoding (see {@link JsonLinesReader}); it leaves
 * five bytes undefined, which mark a line as not windows-1252 either.
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
}
