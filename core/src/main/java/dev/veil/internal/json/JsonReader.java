package dev.veil.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one strict JSON parser (RFC 8259) of Veil's core, used for audit lines and policy files. It
 * rejects duplicate member names, trailing commas, trailing content, bare words and non-RFC
 * numbers, and limits nesting to {@value #MAX_DEPTH} levels. What it builds is up to a {@link
 * TreeBuilder}: {@link #parse(String)} gives plain Java values; the policy file reader builds its
 * own nodes with line numbers.
 *
 * <p>Errors ({@link JsonException}) name the line and offset, never the content, because the input
 * may be a tampered audit line. Thread-safe: every call parses with its own state.
 */
public final class JsonReader<T> {
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 64;

  /** Builds the values of one document; called bottom-up, each with the 1-based line it starts on. */
  public interface TreeBuilder<T> {
    T string(String value, int line);

    /** {@code literal} is a valid RFC 8259 number, as written. */
    T number(String literal, int line);

    T bool(boolean value, int line);

    /** May throw where {@code null} is not allowed. */
    T nullValue(int line);

    /** {@code keyLines} gives the line of each member name; both maps are in document order. */
    T object(Map<String, T> members, Map<String, Integer> keyLines, int line);

    T array(List<T> items, int line);
  }

  /** Malformed input; the message names the reason, line and offset, never the content. */
  public static final class JsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final int line;

    public JsonException(String message) {
      this(message, 0, -1);
    }

    JsonException(String reason, int line, int offset) {
      super(line > 0 ? reason + " at line " + line + ", offset " + offset : reason);
      this.reason = reason;
      this.line = line;
    }

    /** The reason without the position. */
    public String reason() {
      return reason;
    }

    /** The 1-based line of the error, or 0 when not from parsing. */
    public int line() {
      return line;
    }
  }

  private final String s;
  private final TreeBuilder<T> builder;
  private int pos;
  private int line = 1;

  private JsonReader(String s, TreeBuilder<T> builder) {
    this.s = s;
    this.builder = builder;
  }

  /** Parses one complete document with {@code builder}. */
  public static <T> T parse(String text, TreeBuilder<T> builder) {
    JsonReader<T> r = new JsonReader<>(text, builder);
    r.skipWs();
    T v = r.value(0);
    r.skipWs();
    if (r.pos != text.length()) {
      throw r.error("unexpected content after the end of the document");
    }
    return v;
  }

  /**
   * Parses one document into plain values: {@link Map} (document order), {@link List}, {@link
   * String}, {@link Long} (integers that fit), {@link Double}, {@link Boolean} and {@code null}.
   */
  public static Object parse(String text) {
    return parse(text, PlainValues.INSTANCE);
  }

  /** Parses a document that must be an object, into plain values. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new JsonException("expected a JSON object");
    }
    return (Map<String, Object>) v;
  }

  private T value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    if (pos >= s.length()) {
      throw error("unexpected end of the document");
    }
    char c = s.charAt(pos);
    int at = line;
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return builder.string(string(), at);
      default:
        if (c == '-' || isDigit(c)) {
          return builder.number(number(), at);
        }
        return literal(at);
    }
  }

  private T object(int depth) {
    int start = line;
    pos++;
    Map<String, T> members = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    skipWs();
    if (peek() == '}') {
      pos++;
      return builder.object(members, keyLines, start);
    }
    while (true) {
      skipWs();
      if (peek() != '"') {
        throw error("expected a quoted key");
      }
      int keyLine = line;
      String key = string();
      if (members.containsKey(key)) {
        throw error("duplicate key");
      }
      skipWs();
      expect(':');
      skipWs();
      members.put(key, value(depth + 1));
      keyLines.put(key, keyLine);
      skipWs();
      char c = next("',' or '}'");
      if (c == '}') {
        return builder.object(members, keyLines, start);
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private T array(int depth) {
    int start = line;
    pos++;
    List<T> items = new ArrayList<>();
    skipWs();
    if (peek() == ']') {
      pos++;
      return builder.array(items, start);
    }
    while (true) {
      skipWs();
      items.add(value(depth + 1));
      skipWs();
      char c = next("',' or ']'");
      if (c == ']') {
        return builder.array(items, start);
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder b = null;
    int runStart = pos;
    while (true) {
      if (pos >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        return b == null ? s.substring(runStart, pos - 1) : b.append(s, runStart, pos - 1).toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        continue;
      }
      if (b == null) {
        b = new StringBuilder();
      }
      b.append(s, runStart, pos - 1);
      char e = next("an escape");
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            throw error("bad \\u escape");
          }
          int cp = 0;
          for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos++), 16);
            if (d < 0) {
              throw error("bad \\u escape");
            }
            cp = cp * 16 + d;
          }
          b.append((char) cp);
        }
        default -> throw error("bad escape");
      }
      runStart = pos;
    }
  }

  private String number() {
    int start = pos;
    if (at() == '-') {
      pos++;
    }
    if (at() == '0') {
      pos++;
    } else if (isDigit(at())) {
      digits();
    } else {
      throw error("bad number");
    }
    if (at() == '.') {
      pos++;
      if (!isDigit(at())) {
        throw error("bad number");
      }
      digits();
    }
    if (at() == 'e' || at() == 'E') {
      pos++;
      if (at() == '+' || at() == '-') {
        pos++;
      }
      if (!isDigit(at())) {
        throw error("bad number");
      }
      digits();
    }
    if (Character.isLetterOrDigit(at()) || at() == '.') {
      throw error("bad number");
    }
    return s.substring(start, pos);
  }

  private void digits() {
    while (isDigit(at())) {
      pos++;
    }
  }

  private T literal(int at) {
    if (s.startsWith("true", pos) && !wordContinues(pos + 4)) {
      pos += 4;
      return builder.bool(true, at);
    }
    if (s.startsWith("false", pos) && !wordContinues(pos + 5)) {
      pos += 5;
      return builder.bool(false, at);
    }
    if (s.startsWith("null", pos) && !wordContinues(pos + 4)) {
      T v = builder.nullValue(at);
      pos += 4;
      return v;
    }
    throw error(Character.isLetter(s.charAt(pos)) ? "unexpected token (strings must be quoted)" : "expected a value");
  }

  private boolean wordContinues(int i) {
    return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The current character, or NUL at the end. */
  private char at() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private char peek() {
    if (pos >= s.length()) {
      throw error("unexpected end of the document");
    }
    return s.charAt(pos);
  }

  private char next(String expected) {
    if (pos >= s.length()) {
      throw error("unexpected end of the document, expected " + expected);
    }
    return s.charAt(pos++);
  }

  private void expect(char c) {
    if (pos >= s.length() || s.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipWs() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '\n') {
        line++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private JsonException error(String reason) {
    return new JsonException(reason, line, pos);
  }

  /** Plain Java values; see {@link JsonReader#parse(String)}. */
  private enum PlainValues implements TreeBuilder<Object> {
    INSTANCE;

    @Override
    public Object string(String value, int line) {
      return value;
    }

    @Override
    public Object number(String literal, int line) {
      boolean integral = literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
      if (integral) {
        try {
          return Long.parseLong(literal);
        } catch (NumberFormatException tooBig) {
          return Double.parseDouble(literal);
        }
      }
      return Double.parseDouble(literal);
    }

    @Override
    public Object bool(boolean value, int line) {
      return value;
    }

    @Override
    public Object nullValue(int line) {
      return null;
    }

    @Override
    public Object object(Map<String, Object> members, Map<String, Integer> keyLines, int line) {
      return members;
    }

    @Override
    public Object array(List<Object> items, int line) {
      return items;
    }
  }
}
