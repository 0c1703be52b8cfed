package dev.veil.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed configuration tree (from YAML or JSON), every node with its 1-based source line. */
public sealed interface Node {
  int line();

  /** What the node is, for error messages. */
  String kind();

  /** A mapping with keys in file order; {@code keyLines} gives the line of each key. */
  record MapNode(Map<String, Node> entries, Map<String, Integer> keyLines, int line) implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  record ListNode(List<Node> items, int line) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A scalar; {@code quoted} when written in quotes (so {@code "true"} stays a string). */
  record ScalarNode(String value, boolean quoted, int line) implements Node {
    @Override
    public String kind() {
      return "a value";
    }
  }
}
