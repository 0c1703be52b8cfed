package dev.veil.detectors.internal;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * The shared candidate pass: facts about one text that many detectors need, computed once per text
 * and thread and then reused by every detector that inspects the same text. Eagerly: its
 * lower-case form, the spans of the word tokens that contain a digit, the last '|'. Lazily, on the
 * first request: the hits of every registered {@link Keywords} set (one Aho–Corasick pass for all
 * sets, see {@link #hits}) and the digit windows of {@link Windows#aroundDigits} per (left, right).
 * So a detector's prefilter and windows cost a look-up, not a pass over the text.
 *
 * <p>Thread-safe: the cache is per thread and holds the text weakly. Note that the lower-case copy
 * of the last text scanned on a thread stays referenced until that thread scans another text (or
 * {@link #clear()} is called); it is never logged or exposed outside the detectors.
 */
public final class Scan {
  /** Longest letter-and-digit token considered; longer runs cannot be any identifier we know. */
  public static final int MAX_TOKEN = 64;

  private static final ThreadLocal<Scan> LAST = new ThreadLocal<>();
  private static final boolean[] ASCII_ALNUM = new boolean[128];
  private static final int[] NO_HITS = new int[0];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
    }
  }

  private final WeakReference<String> text;
  private final String lower;
  private final char[] chars;
  private final int[] digitTokens; // start, end pairs
  private final int digitTokenCount;
  private final int lastPipe;
  private final int[] digitRuns; // start, end pairs of the maximal runs of ASCII digits
  private final int digitRunCount;
  // lazily computed, per thread (a Scan never leaves its thread's cache)
  private Keywords.Index keywordIndex;
  private int[] keywordHits; // (end, distinct word) pairs, in order of end
  private int[][] hitsBySet = new int[0][];
  private int[][] digitWindows = new int[4][]; // key (left, right) at [2k], windows at [2k + 1]
  private int digitWindowCount;
  private WindowFacts[] windowFacts = new WindowFacts[2]; // per entry of digitWindows

  private Scan(String text) {
    this.text = new WeakReference<>(text);
    char[] cs = text.toCharArray();
    this.chars = cs;
    this.lower = lowerSameLength(cs);
    int[] tokens = new int[16];
    int count = 0;
    int[] runs = new int[16];
    int runCount = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (!isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      boolean digit = false;
      int runStart = -1;
      while (i < n && isLetterOrDigit(cs[i])) {
        char t = cs[i];
        if (t >= '0' && t <= '9') {
          digit = true;
          if (runStart < 0) {
            runStart = i;
          }
        } else if (runStart >= 0) {
          runs = addRun(runs, runCount++, runStart, i);
          runStart = -1;
        }
        i++;
      }
      if (runStart >= 0) {
        runs = addRun(runs, runCount++, runStart, i);
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
    this.lastPipe = text.lastIndexOf('|');
    this.digitTokens = tokens;
    this.digitTokenCount = count;
    this.digitRuns = runs;
    this.digitRunCount = runCount;
  }

  private static int[] addRun(int[] runs, int k, int start, int end) {
    int[] r = 2 * k + 2 > runs.length ? Arrays.copyOf(runs, runs.length * 2) : runs;
    r[2 * k] = start;
    r[2 * k + 1] = end;
    return r;
  }

  /** Number of maximal runs of ASCII digits in the text. */
  public int digitRunCount() {
    return digitRunCount;
  }

  public int digitRunStart(int k) {
    return digitRuns[2 * k];
  }

  public int digitRunEnd(int k) {
    return digitRuns[2 * k + 1];
  }

  /** Index of the first digit run that ends after {@code pos} (so may overlap {@code [pos, ...)}), or the count. */
  public int firstDigitRunEndingAfter(int pos) {
    int lo = 0;
    int hi = digitRunCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (digitRuns[2 * mid + 1] <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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

  /**
   * This thread's cached scan, for a caller that runs detectors on another text (a decoded value)
   * and wants the scan of the request text back afterwards ({@link #restore}); null if none.
   */
  public static Scan current() {
    return LAST.get();
  }

  /** Makes {@code scan} (from {@link #current}) this thread's cached scan again; null leaves the cache as it is. */
  public static void restore(Scan scan) {
    if (scan != null) {
      LAST.set(scan);
    }
  }

  /** Drops this thread's cached scan (for callers that want no copy of the text to outlive a request). */
  public static void clear() {
    LAST.remove();
  }

  /** The chars of the text (shared: callers must not modify the array); a loop over it skips {@code String.charAt}'s checks. */
  public char[] chars() {
    return chars;
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

  /** True if a word of {@code keywords} occurs anywhere (as a substring of the lower-case text). */
  public boolean containsAny(Keywords keywords) {
    return hits(keywords).length > 0;
  }

  /**
   * The occurrences of the words of {@code keywords} in the lower-case text, as start, end pairs
   * in order of their end (overlapping ones included). The first call for a text runs one pass of
   * the shared keyword index; later calls, for any set, only filter its hits. The array is shared:
   * callers must not modify it.
   */
  public int[] hits(Keywords keywords) {
    int id = keywords.id();
    if (id < hitsBySet.length && hitsBySet[id] != null) {
      return hitsBySet[id];
    }
    if (keywordIndex == null || id >= keywordIndex.sets) {
      keywordIndex = keywords.index();
      keywordHits = keywordIndex.scan(lower);
      hitsBySet = new int[keywordIndex.sets][];
    }
    splitHits();
    return hitsBySet[id];
  }

  /** The raw hits split by set, for every set at once: one pass over them instead of two per set. */
  private void splitHits() {
    int[][] setsOfWord = keywordIndex.setsOfWord;
    int[] raw = keywordHits;
    int sets = keywordIndex.sets;
    int[] count = new int[sets];
    for (int k = 1; k < raw.length; k += 2) {
      for (int set : setsOfWord[raw[k]]) {
        count[set]++;
      }
    }
    for (int set = 0; set < sets; set++) {
      hitsBySet[set] = count[set] == 0 ? NO_HITS : new int[2 * count[set]];
      count[set] = 0;
    }
    for (int k = 0; k + 1 < raw.length; k += 2) {
      int w = raw[k + 1];
      int start = raw[k] - keywordIndex.lengths[w];
      for (int set : setsOfWord[w]) {
        int[] out = hitsBySet[set];
        out[count[set]++] = start;
        out[count[set]++] = raw[k];
      }
    }
  }

  /** The digit windows of {@link Windows#aroundDigits} for this text, cached per (left, right); shared, not to be modified. */
  int[] digitWindows(String t, int left, int right) {
    for (int k = 0; k < digitWindowCount; k++) {
      int[] key = digitWindows[2 * k];
      if (key[0] == left && key[1] == right) {
        return digitWindows[2 * k + 1];
      }
    }
    int[] w = Windows.computeAroundDigits(t, this, left, right);
    if (2 * digitWindowCount + 2 > digitWindows.length) {
      digitWindows = Arrays.copyOf(digitWindows, digitWindows.length * 2);
    }
    digitWindows[2 * digitWindowCount] = new int[] {left, right};
    digitWindows[2 * digitWindowCount + 1] = w;
    digitWindowCount++;
    return w;
  }

  /**
   * The per-window facts of {@code windows} if it is one of this scan's cached digit-window arrays
   * (by identity), computed on first request; null for any other array.
   */
  WindowFacts facts(String t, int[] windows) {
    for (int k = 0; k < digitWindowCount; k++) {
      if (digitWindows[2 * k + 1] == windows) {
        if (k >= windowFacts.length) {
          windowFacts = Arrays.copyOf(windowFacts, Math.max(k + 1, windowFacts.length * 2));
        }
        WindowFacts f = windowFacts[k];
        if (f == null) {
          f = new WindowFacts(t, this, windows);
          windowFacts[k] = f;
        }
        return f;
      }
    }
    return null;
  }

  /** Index of the last '|' of the text, or -1 (Markdown tables). */
  public int lastPipe() {
    return lastPipe;
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

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
  }

  private static String lowerSameLength(char[] chars) {
    char[] cs = chars.clone();
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
