package dev.veil.detectors.health;

import dev.veil.detectors.internal.AhoCorasick;
import java.util.Arrays;
import java.util.Collection;

/**
 * The {@link String#hashCode()} values of a set of {@linkplain AhoCorasick#fold folded} words, so
 * that a token of a text can be ruled out without allocating its folded copy: a token whose
 * {@link #hash} is not in the set is certainly not one of the words; one whose hash is must still be
 * compared as a string. Immutable and thread-safe.
 */
final class FoldedHashes {
  private final int[] sorted;
  /** A 1024-bit filter over the hashes: most tokens are ruled out by one bit test. */
  private final long[] bloom = new long[16];

  private FoldedHashes(int[] sorted) {
    this.sorted = sorted;
    for (int h : sorted) {
      int b = bit(h);
      bloom[b >>> 6] |= 1L << b;
    }
  }

  private static int bit(int h) {
    return (h ^ (h >>> 10) ^ (h >>> 20)) & 1023;
  }

  /** The hashes of {@code words} (already folded). */
  @SafeVarargs
  static FoldedHashes of(Collection<String>... words) {
    int n = 0;
    for (Collection<String> c : words) {
      n += c.size();
    }
    int[] h = new int[n];
    int k = 0;
    for (Collection<String> c : words) {
      for (String w : c) {
        h[k++] = w.hashCode();
      }
    }
    Arrays.sort(h);
    return new FoldedHashes(h);
  }

  boolean mayContain(int hash) {
    int b = bit(hash);
    return (bloom[b >>> 6] & (1L << b)) != 0 && Arrays.binarySearch(sorted, hash) >= 0;
  }

  /** The hash code of the folded form of {@code text[from, to)}, as {@link String#hashCode()} of it. */
  static int hash(CharSequence text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + AhoCorasick.fold(text.charAt(i));
    }
    return h;
  }
}
