package dev.veil.internal.config;

import dev.veil.internal.config.Node.ListNode;
import dev.veil.internal.config.Node.MapNode;
import dev.veil.internal.config.Node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser into {@link Node}s with line numbers. Rejects duplicate keys,
 * {@code null}, trailing commas and trailing content; nesting is limited to {@value #MAX_DEPTH}.
 * Not thread-safe; one instance per document.
 */
public final class JsonParser {
  static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;
  private int line = 1;

  private JsonParser(String s) {
    this.s = s;
  }

  /** @throws ConfigSyntaxException on malformed input */
  public static Node parse(String text) {
    JsonParser p = new JsonParser(text);
    p.skipWs();
    Node n = p.value(0);
    p.skipWs();
    if (p.pos < p.s.length()) {
      throw p.error("unexpected content after the end of the document");
    }
    return n;
  }

  private ConfigSyntaxException error(String message) {
    return new ConfigSyntaxException(line, message);
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

  private Node value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
    if (pos >= s.length()) {
      throw error("unexpected end of the document");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        int l = line;
        return new ScalarNode(string(), true, l);
      default:
        return literal();
    }
  }

  private MapNode object(int depth) {
    int start = line;
    pos++;
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    skipWs();
    if (peek() == '}') {
      pos++;
      return new MapNode(entries, lines, start);
    }
    while (true) {
      skipWs();
      if (peek() != '"') {
        throw error("expected a quoted key");
      }
      int keyLine = line;
      String key = string();
      if (entries.containsKey(key)) {
        throw error("duplicate key '" + key + "'");
      }
      skipWs();
      expect(':');
      skipWs();
      entries.put(key, value(depth + 1));
      lines.put(key, keyLine);
      skipWs();
      char c = next("',' or '}'");
      if (c == '}') {
        return new MapNode(entries, lines, start);
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private ListNode array(int depth) {
    int start = line;
    pos++;
    List<Node> items = new ArrayList<>();
    skipWs();
    if (peek() == ']') {
      pos++;
      return new ListNode(items, start);
    }
    while (true) {
      skipWs();
      items.add(value(depth + 1));
      skipWs();
      char c = next("',' or ']'");
      if (c == ']') {
        return new ListNode(items, start);
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
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

  private String string() {
    pos++; // opening quote
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
        throw error("control character in a string");
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
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
          try {
            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private ScalarNode literal() {
    int start = pos;
    while (pos < s.length() && "{}[],: \t\r\n\"".indexOf(s.charAt(pos)) < 0) {
      pos++;
    }
    String word = s.substring(start, pos);
    if (word.equals("true") || word.equals("false")) {
      return new ScalarNode(word, false, line);
    }
    if (word.equals("null")) {
      throw error("null is not allowed; leave the field out instead");
    }
    if (isNumber(word)) {
      return new ScalarNode(word, false, line);
    }
    throw error(word.isEmpty() ? "expected a value" : "unexpected token (strings must be quoted)");
  }

  private static boolean isNumber(String w) {
    if (w.isEmpty()) {
      return false;
    }
    try {
      Double.parseDouble(w);
    } catch (NumberFormatException e) {
      return false;
    }
    char first = w.charAt(0);
    return (first == '-' || Character.isDigit(first)) && !w.endsWith(".")
        && w.chars().noneMatch(ch -> ch == 'x' || ch == 'X' || ch == 'd' || ch == 'D' || ch == 'f' || ch == 'F'
            || ch == 'N' || ch == 'I');
  }
}
