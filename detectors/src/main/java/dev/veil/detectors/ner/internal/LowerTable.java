package dev.veil.detectors.ner.internal;

import java.util.Map;

/**
 * A map from lower-case strings to ids that is looked up with a region of another string, with
 * ASCII capitals read as lower case on the fly: a token's lower form is found without building
 * it. Open addressing, linear probing; the hash is {@link String#hashCode()} of the lower form.
 * Immutable and thread-safe.
 *
 * <p>Folding only maps {@code A-Z}: it gives the same string as {@code
 * toLowerCase(Locale.ROOT)} exactly when the region is ASCII; callers lower-case other tokens
 * themselves and look the copy up with {@link #get(String)}.
 */
final class LowerTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  /** @param entries keys (as they are, no folding applied) and their ids, ids &gt;= 0 */
  LowerTable(Map<String, Integer> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative id");
      }
      String k = e.getKey();
      int slot = spread(k.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      values[slot] = e.getValue();
    }
  }

  /** The id of {@code s.substring(from, to)}, or -1. */
  int get(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + s.charAt(k);
    }
    int len = to - from;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.length() == len && key.regionMatches(0, s, from, len)) {
        return values[slot];
      }
    }
  }

  /**
   * The id of the lower form of {@code s.substring(from, to)} with {@code A-Z} read as {@code
   * a-z}, or -1; the region must be ASCII for this to be its {@code toLowerCase(Locale.ROOT)}.
   */
  int getFolded(String s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + fold(s.charAt(k));
    }
    int len = to - from;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.length() == len && foldedEquals(key, s, from, len)) {
        return values[slot];
      }
    }
  }

  /** The id of {@code s}, or -1. */
  int get(String s) {
    return get(s, 0, s.length());
  }

  static boolean isAscii(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean foldedEquals(String key, String s, int from, int len) {
    for (int k = 0; k < len; k++) {
      if (key.charAt(k) != fold(s.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
