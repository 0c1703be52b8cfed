package dev.veil.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal strict JSON parser (RFC 8259) into plain Java values: {@link Map} (insertion
 * ordered), {@link List}, {@link String}, {@link Long} (integers that fit), {@link Double}, {@link
 * Boolean} and {@code null}. Errors name the character offset, never the content, because the
 * input may be a tampered audit line. Nesting is limited to 64 levels. Stateless and thread-safe.
 */
public final class JsonReader {
  private static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;

  private JsonReader(String s) {
    this.s = s;
  }

  /** Thrown for malformed input; the message names the offset only. */
  public static final class JsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
      super(message);
    }
  }

  /** Parses one complete JSON document. */
  public static Object parse(String text) {
    JsonReader r = new JsonReader(text);
    r.skipWs();
    Object v = r.value(0);
    r.skipWs();
    if (r.pos != text.length()) {
      throw r.error("trailing characters");
    }
    return v;
  }

  /** Parses a document that must be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new JsonException("expected a JSON object");
    }
    return (Map<String, Object>) v;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting too deep");
    }
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character");
    }
  }

  private Map<String, Object> object(int depth) {
    pos++;
    Map<String, Object> m = new LinkedHashMap<>();
    skipWs();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      skipWs();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      String name = string();
      skipWs();
      expect(':');
      skipWs();
      Object v = value(depth + 1);
      if (m.containsKey(name)) {
        throw error("duplicate member name");
      }
      m.put(name, v);
      skipWs();
      char c = next();
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) {
    pos++;
    List<Object> list = new ArrayList<>();
    skipWs();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipWs();
      list.add(value(depth + 1));
      skipWs();
      char c = next();
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            throw error("bad unicode escape");
          }
          int cp = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos++), 16);
            if (d < 0) {
              throw error("bad unicode escape");
            }
            cp = cp * 16 + d;
          }
          b.append((char) cp);
        }
        default -> throw error("bad escape");
      }
    }
  }

  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw error("bad number");
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      pos++;
      if (!isDigit(peek())) {
        throw error("bad number");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("bad number");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    String n = s.substring(start, pos);
    if (integral) {
      try {
        return Long.parseLong(n);
      } catch (NumberFormatException tooBig) {
        return Double.parseDouble(n);
      }
    }
    return Double.parseDouble(n);
  }

  private Object literal(String word, Object v) {
    if (!s.startsWith(word, pos)) {
      throw error("bad literal");
    }
    pos += word.length();
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private char next() {
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(pos++);
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipWs() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private JsonException error(String what) {
    return new JsonException(what + " at offset " + pos);
  }
}
