package dev.veil.detectors.ner.internal;

import java.util.Arrays;
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

  private LowerTable(String[] keys, int[] values) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
  }

  /** @param entries keys (as they are, no folding applied) and their ids, ids &gt;= 0 */
  LowerTable(Map<String, Integer> entries) {
    this(new String[capacity(entries.size())], new int[capacity(entries.size())]);
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative id");
      }
      put(keys, values, e.getKey(), e.getValue());
    }
  }

  /** The table of {@code keys[k] -> values[k]} (keys distinct, values &gt;= 0), without boxing. */
  static LowerTable of(String[] keys, int[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and values differ in length");
    }
    int cap = capacity(keys.length);
    LowerTable t = new LowerTable(new String[cap], new int[cap]);
    for (int k = 0; k < keys.length; k++) {
      if (values[k] < 0) {
        throw new IllegalArgumentException("negative id");
      }
      put(t.keys, t.values, keys[k], values[k]);
    }
    return t;
  }

  private static int capacity(int size) {
    return Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
  }

  private static void put(String[] keys, int[] values, String key, int value) {
    int mask = keys.length - 1;
    int slot = spread(key.hashCode()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  /**
   * Gives distinct strings the ids 0, 1, 2... in the order they are first added; not
   * thread-safe. Cheaper than a map of boxed ids for the model's tens of thousands of words.
   */
  static final class Builder {
    private String[] keys = new String[1024];
    private int[] values = new int[1024];
    private String[] byId = new String[512];
    private int size;

    /** The id of {@code key}, a new one when it was not added before. */
    int add(String key) {
      int mask = keys.length - 1;
      int slot = spread(key.hashCode()) & mask;
      for (String k = keys[slot]; k != null; k = keys[slot]) {
        if (k.equals(key)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      if (size == byId.length) {
        byId = Arrays.copyOf(byId, size * 2);
      }
      byId[size] = key;
      keys[slot] = key;
      values[slot] = size;
      if (++size * 2 > keys.length) { // keep the table at most half full
        String[] k = new String[keys.length * 2];
        int[] v = new int[k.length];
        for (int i = 0; i < size; i++) {
          put(k, v, byId[i], i);
        }
        keys = k;
        values = v;
      }
      return size - 1;
    }

    int size() {
      return size;
    }

    /** The strings by id. */
    String[] keys() {
      return Arrays.copyOf(byId, size);
    }

    LowerTable build() {
      return new LowerTable(keys.clone(), values.clone());
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
