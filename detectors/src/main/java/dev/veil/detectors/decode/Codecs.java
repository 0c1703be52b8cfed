package dev.veil.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Character classes and decoders for {@link EncodedContentDetector}; stateless. */
final class Codecs {
  /** Character classes of ASCII for the candidate scan. */
  static final byte NONE = 0;
  static final byte LOWER = 1;
  static final byte UPPER = 2;
  static final byte DIGIT = 3;
  static final byte PLUS = 4;
  /** Base64 alphabet characters other than letters, digits and '+': '/', '_', '-'. */
  static final byte SYMBOL = 5;
  /** URL characters outside the base64 alphabets: '%', '=', '.', '~'. */
  static final byte OTHER = 6;
  static final byte[] CLASS = new byte[128];
  private static final boolean[] RUN = new boolean[128];
  private static final boolean[] BASE64 = new boolean[128];
  private static final byte[] BASE64_VALUE = new byte[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      BASE64[c] = true;
      BASE64[c + 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      BASE64[c] = true;
    }
    for (char c : "+/_-".toCharArray()) {
      BASE64[c] = true;
    }
    System.arraycopy(BASE64, 0, RUN, 0, 128);
    for (char c : "%=.~".toCharArray()) {
      RUN[c] = true;
    }
    for (char c = 0; c < 128; c++) {
      CLASS[c] = c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER : c >= '0' && c <= '9' ? DIGIT
          : c == '+' ? PLUS : BASE64[c] ? SYMBOL : RUN[c] ? OTHER : NONE;
    }
    Arrays.fill(BASE64_VALUE, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int k = 0; k < alphabet.length(); k++) {
      BASE64_VALUE[alphabet.charAt(k)] = (byte) k;
    }
    BASE64_VALUE['+'] = 62;
    BASE64_VALUE['-'] = 62;
    BASE64_VALUE['/'] = 63;
    BASE64_VALUE['_'] = 63;
  }

  private Codecs() {}

  static boolean isBase64Char(char c) {
    return c < 128 && BASE64[c];
  }

  /** {@code %XX} with two hex digits at {@code i}. */
  static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Plain words and numbers are not base64 worth decoding: require a mix of classes, or padding. */
  static boolean looksEncoded(String s, int from, int to) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= c >= '0' && c <= '9';
    }
    return (upper && lower) || (digit && (upper || lower)) || s.charAt(to - 1) == '=';
  }

  /** Decodes {@code s[from, to)} as base64 (either alphabet, padding optional); null unless printable UTF-8. */
  static String base64Decode(String s, int from, int to) {
    int end = to;
    while (end > from && s.charAt(end - 1) == '=') {
      end--;
    }
    int chars = end - from;
    if (chars % 4 == 1) {
      return null;
    }
    byte[] bytes = new byte[chars * 3 / 4];
    int acc = 0;
    int bits = 0;
    int k = 0;
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? BASE64_VALUE[c] : -1;
      if (v < 0) {
        return null;
      }
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes[k++] = (byte) (acc >> bits);
      }
    }
    return printableUtf8(bytes, k);
  }

  /** Decoded text and, per decoded char, the range of the encoded text it came from. */
  record Decoded(String text, int[] start, int[] end) {}

  /**
   * Decodes {@code s[from, to)} as URL encoding ({@code %XX} escapes of UTF-8 bytes, {@code +} as
   * space). Null when nothing was decoded or the bytes are not valid, printable UTF-8.
   */
  static Decoded urlDecode(String s, int from, int to) {
    int len = to - from;
    byte[] bytes = new byte[len];
    int[] byteStart = new int[len];
    int[] byteEnd = new int[len];
    int k = 0;
    boolean changed = false;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < to && isEscape(s, i)) {
        bytes[k] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        byteStart[k] = i;
        byteEnd[k++] = i + 3;
        i += 3;
        changed = true;
      } else {
        if (c == '+') {
          changed = true;
        }
        bytes[k] = (byte) (c == '+' ? ' ' : c);
        byteStart[k] = i;
        byteEnd[k++] = i + 1;
        i++;
      }
    }
    if (!changed) {
      return null;
    }
    String text = printableUtf8(bytes, k);
    if (text == null) {
      return null;
    }
    // map each char back through the UTF-8 byte count of its code point
    int[] start = new int[text.length()];
    int[] end = new int[text.length()];
    int b = 0;
    for (int c = 0; c < text.length(); ) {
      int cp = text.codePointAt(c);
      int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      int units = Character.charCount(cp);
      for (int u = 0; u < units; u++) {
        start[c + u] = byteStart[b];
        end[c + u] = byteEnd[b + width - 1];
      }
      b += width;
      c += units;
    }
    return new Decoded(text, start, end);
  }

  private static String printableUtf8(byte[] bytes, int length) {
    // checked by hand: the JDK's reporting decoder throws (and fills a stack trace) per invalid
    // candidate, and most base64-looking words decode to invalid UTF-8
    if (!isValidUtf8(bytes, length)) {
      return null;
    }
    String s = new String(bytes, 0, length, StandardCharsets.UTF_8);
    int printable = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
        printable++;
      }
    }
    return s.length() >= 4 && printable >= s.length() * 0.9 ? s : null;
  }

  /**
   * True if {@code bytes[0, length)} is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
   * surrogates, nothing above U+10FFFF, no truncated sequence): exactly the input the JDK's UTF-8
   * decoder accepts with {@code CodingErrorAction.REPORT}.
   */
  static boolean isValidUtf8(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        lo = b == 0xE0 ? 0xA0 : 0x80;
        hi = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        lo = b == 0xF0 ? 0x90 : 0x80;
        hi = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (i + need >= length) {
        return false; // truncated
      }
      int c1 = bytes[i + 1] & 0xFF;
      if (c1 < lo || c1 > hi) {
        return false;
      }
      for (int k = 2; k <= need; k++) {
        int c = bytes[i + k] & 0xFF;
        if (c < 0x80 || c > 0xBF) {
          return false;
        }
      }
      i += need + 1;
    }
    return true;
  }
}
