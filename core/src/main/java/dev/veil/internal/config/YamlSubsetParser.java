package dev.veil.internal.config;

import dev.veil.internal.config.Node.ListNode;
import dev.veil.internal.config.Node.MapNode;
import dev.veil.internal.config.Node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict parser for the YAML subset policy files use: block mappings ({@code key: value}),
 * block sequences ({@code - item}, also directly under their key at the key's indentation),
 * single-line flow sequences and mappings ({@code [a, b]}, {@code {k: v}}), plain, single- and
 * double-quoted scalars, and {@code #} comments. Indentation is spaces only. Everything else
 * (anchors, aliases, tags, block scalars, multiple documents, multi-line flow collections,
 * duplicate keys) is rejected with the line where it appears, so a file never means something
 * other than it seems. Not thread-safe; one instance per document.
 */
public final class YamlSubsetParser {

  private record Line(int number, int indent, String content) {}

  private final List<Line> lines;
  private int i;

  private YamlSubsetParser(List<Line> lines) {
    this.lines = lines;
  }

  /** @throws ConfigSyntaxException on anything outside the subset */
  public static Node parse(String text) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\r?\n", -1);
    for (int n = 0; n < raw.length; n++) {
      String l = raw[n];
      int number = n + 1;
      int indent = 0;
      while (indent < l.length() && l.charAt(indent) == ' ') {
        indent++;
      }
      if (indent < l.length() && l.charAt(indent) == '\t') {
        throw new ConfigSyntaxException(number, "tab in indentation; use spaces");
      }
      String content = stripComment(l.substring(indent), number).stripTrailing();
      if (content.isEmpty()) {
        continue;
      }
      if (lines.isEmpty() && indent == 0 && content.equals("---")) {
        continue;
      }
      if (content.equals("---") || content.equals("...")) {
        throw new ConfigSyntaxException(number, "only one YAML document per file");
      }
      lines.add(new Line(number, indent, content));
    }
    if (lines.isEmpty()) {
      throw new ConfigSyntaxException(1, "the file is empty");
    }
    YamlSubsetParser p = new YamlSubsetParser(lines);
    Node root = p.block(lines.get(0).indent());
    if (p.i < lines.size()) {
      Line l = lines.get(p.i);
      throw new ConfigSyntaxException(l.number(), "unexpected indentation");
    }
    return root;
  }

  private static String stripComment(String s, int line) {
    char quote = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          k++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        if (k == 0 || " [{,:-".indexOf(s.charAt(k - 1)) >= 0) {
          quote = c;
        }
      } else if (c == '#' && (k == 0 || s.charAt(k - 1) == ' ')) {
        return s.substring(0, k);
      }
    }
    return s;
  }

  private Node block(int indent) {
    Line l = lines.get(i);
    if (isItem(l.content())) {
      return sequence(indent);
    }
    return mapping(indent);
  }

  private static boolean isItem(String content) {
    return content.equals("-") || content.startsWith("- ");
  }

  private MapNode mapping(int indent) {
    int start = lines.get(i).number();
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    while (i < lines.size()) {
      Line l = lines.get(i);
      if (l.indent() < indent) {
        break;
      }
      if (l.indent() > indent) {
        throw new ConfigSyntaxException(l.number(), "unexpected indentation");
      }
      if (isItem(l.content())) {
        throw new ConfigSyntaxException(l.number(), "a list item where a 'key: value' was expected");
      }
      int colon = keySeparator(l.content());
      if (colon < 0) {
        throw new ConfigSyntaxException(l.number(), "expected 'key: value'");
      }
      String key = key(l.content().substring(0, colon).trim(), l.number());
      if (entries.containsKey(key)) {
        throw new ConfigSyntaxException(l.number(), "duplicate key '" + key + "'");
      }
      String rest = l.content().substring(colon + 1).trim();
      i++;
      Node value;
      if (!rest.isEmpty()) {
        value = inline(rest, l.number());
      } else if (i < lines.size() && lines.get(i).indent() > indent) {
        value = block(lines.get(i).indent());
      } else if (i < lines.size() && lines.get(i).indent() == indent && isItem(lines.get(i).content())) {
        value = sequence(indent);
      } else {
        throw new ConfigSyntaxException(l.number(), "key '" + key + "' has no value");
      }
      entries.put(key, value);
      keyLines.put(key, l.number());
    }
    return new MapNode(entries, keyLines, start);
  }

  private ListNode sequence(int indent) {
    int start = lines.get(i).number();
    List<Node> items = new ArrayList<>();
    while (i < lines.size()) {
      Line l = lines.get(i);
      if (l.indent() != indent || !isItem(l.content())) {
        if (l.indent() > indent) {
          throw new ConfigSyntaxException(l.number(), "unexpected indentation");
        }
        break;
      }
      String rest = l.content().equals("-") ? "" : l.content().substring(2);
      int offset = 2;
      while (rest.startsWith(" ")) {
        rest = rest.substring(1);
        offset++;
      }
      if (rest.isEmpty()) {
        i++;
        if (i >= lines.size() || lines.get(i).indent() <= indent) {
          throw new ConfigSyntaxException(l.number(), "empty list item");
        }
        items.add(block(lines.get(i).indent()));
      } else if (isItem(rest) || (keySeparator(rest) >= 0 && !startsFlow(rest))) {
        // "- key: value" or "- - x": the item is a block starting on this line, indented by its offset.
        lines.set(i, new Line(l.number(), indent + offset, rest));
        items.add(block(indent + offset));
      } else {
        i++;
        items.add(inline(rest, l.number()));
      }
    }
    return new ListNode(items, start);
  }

  private static boolean startsFlow(String s) {
    return s.startsWith("[") || s.startsWith("{") || s.startsWith("\"") || s.startsWith("'");
  }

  /** Index of the ':' that ends a key (followed by a space or the end), outside quotes; -1 if none. */
  private static int keySeparator(String s) {
    if (s.startsWith("[") || s.startsWith("{")) {
      return -1;
    }
    char quote = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          k++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && k == 0) {
        quote = c;
      } else if (c == ':' && (k + 1 == s.length() || s.charAt(k + 1) == ' ')) {
        return k;
      }
    }
    return -1;
  }

  private static String key(String raw, int line) {
    if (raw.isEmpty()) {
      throw new ConfigSyntaxException(line, "empty key");
    }
    Node n = new Flow(raw, line).scalarOnly();
    return ((ScalarNode) n).value();
  }

  private static Node inline(String s, int line) {
    Flow f = new Flow(s, line);
    Node n = f.value(0);
    f.skipSpaces();
    if (f.pos < s.length()) {
      throw new ConfigSyntaxException(line, "unexpected content after a value");
    }
    return n;
  }

  /** Single-line scalars and flow collections. */
  private static final class Flow {
    private final String s;
    private final int line;
    private int pos;

    Flow(String s, int line) {
      this.s = s;
      this.line = line;
    }

    void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    Node scalarOnly() {
      Node n = value(0);
      if (!(n instanceof ScalarNode) || pos < s.length()) {
        throw new ConfigSyntaxException(line, "a key must be a plain or quoted scalar");
      }
      return n;
    }

    Node value(int depth) {
      if (depth > JsonParser.MAX_DEPTH) {
        throw new ConfigSyntaxException(line, "nesting too deep");
      }
      skipSpaces();
      if (pos >= s.length()) {
        throw new ConfigSyntaxException(line, "expected a value");
      }
      char c = s.charAt(pos);
      if (c == '[') {
        return list(depth);
      }
      if (c == '{') {
        return map(depth);
      }
      if (c == '"' || c == '\'') {
        return new ScalarNode(quoted(c), true, line);
      }
      if ("&*!|>%@`".indexOf(c) >= 0) {
        throw new ConfigSyntaxException(line, "'" + c + "' (anchors, aliases, tags, block scalars) is not"
            + " supported in policy files; quote the value");
      }
      return plain(depth > 0);
    }

    private ListNode list(int depth) {
      pos++;
      List<Node> items = new ArrayList<>();
      skipSpaces();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return new ListNode(items, line);
      }
      while (true) {
        items.add(value(depth + 1));
        skipSpaces();
        if (pos >= s.length()) {
          throw new ConfigSyntaxException(line, "unterminated '[' (flow lists must fit on one line)");
        }
        char c = s.charAt(pos++);
        if (c == ']') {
          return new ListNode(items, line);
        }
        if (c != ',') {
          throw new ConfigSyntaxException(line, "expected ',' or ']' in a flow list");
        }
      }
    }

    private MapNode map(int depth) {
      pos++;
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, Integer> lines = new LinkedHashMap<>();
      skipSpaces();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return new MapNode(entries, lines, line);
      }
      while (true) {
        skipSpaces();
        Node k = value(depth + 1);
        if (!(k instanceof ScalarNode key)) {
          throw new ConfigSyntaxException(line, "a key must be a scalar");
        }
        skipSpaces();
        if (pos >= s.length() || s.charAt(pos) != ':') {
          throw new ConfigSyntaxException(line, "expected ':' after a key in a flow mapping");
        }
        pos++;
        if (entries.containsKey(key.value())) {
          throw new ConfigSyntaxException(line, "duplicate key '" + key.value() + "'");
        }
        entries.put(key.value(), value(depth + 1));
        lines.put(key.value(), line);
        skipSpaces();
        if (pos >= s.length()) {
          throw new ConfigSyntaxException(line, "unterminated '{' (flow mappings must fit on one line)");
        }
        char c = s.charAt(pos++);
        if (c == '}') {
          return new MapNode(entries, lines, line);
        }
        if (c != ',') {
          throw new ConfigSyntaxException(line, "expected ',' or '}' in a flow mapping");
        }
      }
    }

    private String quoted(char q) {
      pos++;
      StringBuilder b = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw new ConfigSyntaxException(line, "unterminated quoted string (it must end on the same line)");
        }
        char c = s.charAt(pos++);
        if (c == q) {
          if (q == '\'' && pos < s.length() && s.charAt(pos) == '\'') {
            b.append('\'');
            pos++;
            continue;
          }
          return b.toString();
        }
        if (q == '"' && c == '\\') {
          if (pos >= s.length()) {
            throw new ConfigSyntaxException(line, "unterminated escape");
          }
          char e = s.charAt(pos++);
          switch (e) {
            case '"', '\\', '/' -> b.append(e);
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'u' -> {
              if (pos + 4 > s.length()) {
                throw new ConfigSyntaxException(line, "bad \\u escape");
              }
              try {
                b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              } catch (NumberFormatException ex) {
                throw new ConfigSyntaxException(line, "bad \\u escape");
              }
              pos += 4;
            }
            default -> throw new ConfigSyntaxException(line, "unsupported escape '\\" + e + "'");
          }
        } else {
          b.append(c);
        }
      }
    }

    private ScalarNode plain(boolean inFlow) {
      int start = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (inFlow && (c == ',' || c == ']' || c == '}')) {
          break;
        }
        if (inFlow && c == ':' && (pos + 1 == s.length() || s.charAt(pos + 1) == ' ')) {
          break;
        }
        pos++;
      }
      String v = s.substring(start, pos).trim();
      if (v.isEmpty()) {
        throw new ConfigSyntaxException(line, "expected a value");
      }
      if (!inFlow && v.indexOf(": ") >= 0) {
        throw new ConfigSyntaxException(line, "': ' inside a plain value; quote the value");
      }
      if (v.equals("~") || v.equals("null")) {
        throw new ConfigSyntaxException(line, "null is not allowed; leave the field out instead");
      }
      return new ScalarNode(v, false, line);
    }
  }
}
