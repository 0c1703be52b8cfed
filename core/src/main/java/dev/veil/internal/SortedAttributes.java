package dev.veil.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The immutable attribute map of a {@link dev.veil.Finding}: keys in natural order, as a {@code
 * TreeMap} would hold them, in two small arrays. A finding re-made with another span or score
 * shares its attribute map instead of copying it, and a one-entry {@link Map#of(Object, Object)}
 * map, immutable and trivially sorted, is kept as it is. Null keys are rejected; null values are
 * allowed (as a {@code TreeMap} allows them).
 *
 * <p>Thread-safe (immutable). Mutators throw {@link UnsupportedOperationException}.
 */
public final class SortedAttributes extends AbstractMap<String, String> {
  private static final Class<?> MAP1 = Map.of("k", "v").getClass();

  private final String[] keys;
  private final String[] values;

  private SortedAttributes(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * An immutable map with the entries of {@code m}, iterating in key order: {@code m} itself when it
   * is already such a map, {@link Map#of()} when it is null or empty.
   *
   * @throws NullPointerException if a key is null
   */
  public static Map<String, String> copyOf(Map<String, String> m) {
    if (m == null || m.isEmpty()) {
      return Map.of();
    }
    if (m instanceof SortedAttributes || m.getClass() == MAP1) {
      return m;
    }
    String[] k = new String[m.size()];
    String[] v = new String[k.length];
    int n = 0;
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (n == k.length) {
        k = Arrays.copyOf(k, n * 2);
        v = Arrays.copyOf(v, n * 2);
      }
      String key = Objects.requireNonNull(e.getKey(), "attribute key");
      String value = e.getValue();
      // insertion sort: attribute maps hold a handful of entries
      int at = n;
      while (at > 0 && k[at - 1].compareTo(key) > 0) {
        k[at] = k[at - 1];
        v[at] = v[at - 1];
        at--;
      }
      k[at] = key;
      v[at] = value;
      n++;
    }
    if (n != k.length) {
      k = Arrays.copyOf(k, n);
      v = Arrays.copyOf(v, n);
    }
    return new SortedAttributes(k, v);
  }

  /**
   * {@code m} with {@code key} set to {@code value} (replacing an existing value), as a new map;
   * {@code m} is not changed.
   */
  public static Map<String, String> with(Map<String, String> m, String key, String value) {
    Objects.requireNonNull(key, "attribute key");
    SortedAttributes s = m instanceof SortedAttributes a ? a : (SortedAttributes) asArrays(m);
    int i = s.indexOf(key);
    if (i >= 0) {
      String[] v = s.values.clone();
      v[i] = value;
      return new SortedAttributes(s.keys, v);
    }
    int at = -i - 1;
    int n = s.keys.length;
    String[] k = new String[n + 1];
    String[] v = new String[n + 1];
    System.arraycopy(s.keys, 0, k, 0, at);
    System.arraycopy(s.values, 0, v, 0, at);
    k[at] = key;
    v[at] = value;
    System.arraycopy(s.keys, at, k, at + 1, n - at);
    System.arraycopy(s.values, at, v, at + 1, n - at);
    return new SortedAttributes(k, v);
  }

  private static Map<String, String> asArrays(Map<String, String> m) {
    if (m.isEmpty()) {
      return new SortedAttributes(new String[0], new String[0]);
    }
    if (m instanceof SortedAttributes) {
      return m;
    }
    // copyOf keeps a one-entry Map.of as it is; spell it out here
    String[] k = new String[m.size()];
    String[] v = new String[k.length];
    int n = 0;
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(m).entrySet()) {
      k[n] = e.getKey();
      v[n++] = e.getValue();
    }
    return new SortedAttributes(k, v);
  }

  private int indexOf(Object key) {
    if (!(key instanceof String s)) {
      Objects.requireNonNull(key);
      return -1;
    }
    return Arrays.binarySearch(keys, s);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  /** As {@link Map#hashCode()} specifies it, without making an entry per key. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < keys.length; i++) {
      h += keys[i].hashCode() ^ Objects.hashCode(values[i]);
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof SortedAttributes other) {
      return Arrays.equals(keys, other.keys) && Arrays.equals(values, other.values);
    }
    return super.equals(o);
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }
}
