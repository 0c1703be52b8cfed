package dev.veil.internal.config;

import dev.veil.internal.config.Node.ListNode;
import dev.veil.internal.config.Node.MapNode;
import dev.veil.internal.config.Node.ScalarNode;
import dev.veil.internal.json.JsonReader;
import dev.veil.internal.json.JsonReader.JsonException;
import java.util.List;
import java.util.Map;

/**
 * JSON policy files into {@link Node}s with line numbers, on core's one strict parser ({@link
 * JsonReader}). On top of RFC 8259 it rejects {@code null} (a field is left out instead), so JSON
 * and YAML policy files mean the same. Stateless and thread-safe.
 */
public final class JsonParser {
  static final int MAX_DEPTH = JsonReader.MAX_DEPTH;

  private JsonParser() {}

  /** @throws ConfigSyntaxException on malformed input */
  public static Node parse(String text) {
    try {
      return JsonReader.parse(text, NODES);
    } catch (JsonException e) {
      throw new ConfigSyntaxException(Math.max(1, e.line()), e.reason());
    }
  }

  private static final JsonReader.TreeBuilder<Node> NODES = new JsonReader.TreeBuilder<>() {
    @Override
    public Node string(String value, int line) {
      return new ScalarNode(value, true, line);
    }

    @Override
    public Node number(String literal, int line) {
      return new ScalarNode(literal, false, line);
    }

    @Override
    public Node bool(boolean value, int line) {
      return new ScalarNode(Boolean.toString(value), false, line);
    }

    @Override
    public Node nullValue(int line) {
      throw new ConfigSyntaxException(line, "null is not allowed; leave the field out instead");
    }

    @Override
    public Node object(Map<String, Node> members, Map<String, Integer> keyLines, int line) {
      return new MapNode(members, keyLines, line);
    }

    @Override
    public Node array(List<Node> items, int line) {
      return new ListNode(items, line);
    }
  };
}
