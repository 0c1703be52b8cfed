package dev.veil.detectors.internal;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * Facts about one text that many detectors need: its lower-case form (for keyword prefilters with
 * {@link String#indexOf}) and the spans of the word tokens that contain a digit. Computed once per
 * text and thread, then reused by every detector that inspects the same text, so each detector's
 * prefilter costs a few {@code indexOf} calls instead of a pass over the text.
 *
 * <p>Thread-safe: the cache is per thread and holds the text weakly. Note that the lower-case copy
 * of the last text scanned on a thread stays referenced until that thread scans another text (or
 * {@link #clear()} is called); it is never logged or exposed outside the detectors.
 */
public final class Scan {
  /** Longest letter-and-digit token considered; longer runs cannot be any identifier we know. */
  public static final int MAX_TOKEN = 64;

  private static final ThreadLocal<Scan> LAST = new ThreadLocal<>();

  private final WeakReference<String> text;
  private final String lower;
  private final int[] digitTokens; // start, end pairs
  private final int digitTokenCount;

  private Scan(String text) {
    this.text = new WeakReference<>(text);
    this.lower = lowerSameLength(text);
    int[] tokens = new int[16];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      boolean digit = false;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        char t = text.charAt(i);
        digit |= t >= '0' && t <= '9';
        i++;
      }
      if (digit && i - s <= MAX_TOKEN) {
        if (2 * count + 2 > tokens.length) {
          tokens = Arrays.copyOf(tokens, tokens.length * 2);
        }
        tokens[2 * count] = s;
        tokens[2 * count + 1] = i;
        count++;
      }
    }
    this.digitTokens = tokens;
    this.digitTokenCount = count;
  }

  /** The scan of {@code text}, from this thread's cache when the same text was scanned last. */
  public static Scan of(String text) {
    Scan s = LAST.get();
    if (s != null && s.text.get() == text) {
      return s;
    }
    s = new Scan(text);
    LAST.set(s);
    return s;
  }

  /** Drops this thread's cached scan (for callers that want no copy of the text to outlive a request). */
  public static void clear() {
    LAST.remove();
  }

  /** The text lower-cased char by char (same length and offsets as the text). */
  public String lower() {
    return lower;
  }

  /** True if any of the lower-case {@code words} occurs anywhere (not necessarily as a word). */
  public boolean containsAny(String... words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  public int digitTokenCount() {
    return digitTokenCount;
  }

  public int digitTokenStart(int k) {
    return digitTokens[2 * k];
  }

  public int digitTokenEnd(int k) {
    return digitTokens[2 * k + 1];
  }

  private static String lowerSameLength(String text) {
    char[] cs = text.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (c >= 'A' && c <= 'Z') {
        cs[i] = (char) (c + 32);
      } else if (c > 0x7F) {
        char l = Character.toLowerCase(c);
        cs[i] = Character.isSurrogate(c) ? c : l;
      }
    }
    return new String(cs);
  }
}
