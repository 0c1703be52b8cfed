package dev.veil.detectors.ner.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A case-insensitive dictionary of names matched token by token: a trie keyed on lower-cased
 * tokens, walked from every token of the text (longest match wins, matches do not overlap). A
 * name has at most a handful of tokens, so the walk costs O(tokens x longest name) with one hash
 * lookup per step, independent of the roster's size. Immutable once built; thread-safe.
 */
public final class Roster {
  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    boolean terminal;
  }

  private final Node root = new Node();
  private final int size;

  /**
   * Builds the trie. Each entry is tokenized like the text; a multi-word entry also adds its last
   * word (the surname, if at least 3 letters) so that "Mrs Okafor" matches "Grace Okafor".
   */
  public Roster(List<String> names) {
    int count = 0;
    for (String name : names) {
      Tokens t = Tokens.of(name);
      if (t.size() == 0) {
        continue;
      }
      add(t, 0, t.size());
      count++;
      int last = t.size() - 1;
      if (t.size() > 1 && t.token(last).length() >= 3 && Character.isLetter(t.token(last).charAt(0))) {
        add(t, last, t.size());
      }
    }
    this.size = count;
  }

  private void add(Tokens t, int from, int to) {
    Node node = root;
    for (int i = from; i < to; i++) {
      node = node.next.computeIfAbsent(key(t.token(i)), k -> new Node());
    }
    node.terminal = true;
  }

  /** Number of entries given (not counting the surnames added). */
  public int size() {
    return size;
  }

  /** Token spans {@code [from, to)} of roster names in {@code t}, in text order. */
  public List<int[]> find(Tokens t) {
    List<int[]> out = new ArrayList<>();
    if (root.next.isEmpty()) {
      return out;
    }
    int n = t.size();
    int i = 0;
    while (i < n) {
      Node node = root;
      int best = -1;
      for (int j = i; j < n; j++) {
        node = node.next.get(key(t.token(j)));
        if (node == null) {
          break;
        }
        if (node.terminal && (j + 1 == n || !t.joined(j) || !Character.isLetter(t.token(j + 1).charAt(0)))) {
          best = j + 1;
        }
      }
      if (best > 0) {
        out.add(new int[] {i, best});
        i = best;
      } else {
        i++;
      }
    }
    return out;
  }

  private static String key(String token) {
    return token.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Roster[entries=" + size + "]";
  }
}
