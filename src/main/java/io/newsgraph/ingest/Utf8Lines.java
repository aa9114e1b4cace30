package io.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding and text checks shared by the readers. One instance per task (decoders are
 * stateful).
 */
final class Utf8Lines {

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** The decoded text, or null when the bytes are not valid UTF-8. */
  String decode(byte[] bytes, int from, int len) {
    try {
      CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(bytes, from, len));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** True when the bytes open with the UTF-8 byte-order mark EF BB BF. */
  static boolean startsWithBom(byte[] b, int len) {
    return len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  /** NUL and most C0 control characters never occur in text; their presence means binary junk. */
  static boolean looksBinary(byte[] b, int from, int len) {
    int control = 0;
    for (int i = from; i < from + len; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > 8 && control * 100 > len;
  }

  /**
   * The raw record for the rejects table: lenient decoding so bad bytes show as U+FFFD, cut to max
   * chars.
   */
  static String rawForReject(byte[] b, int from, int len, int maxChars) {
    int take = Math.min(len, maxChars * 4);
    String s = new String(b, from, take, StandardCharsets.UTF_8);
    return s.length() > maxChars ? s.substring(0, maxChars) : s;
  }
}
