package dev.veil.detectors.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into tokens with their character offsets, and into sentences. The same code cuts the
 * training corpus and the texts inspected at run time, so that the model sees tokens the way it was
 * trained on them. Immutable; not part of Veil's API.
 */
public final class Tokens {
  private final String text;
  private final String[] tokens;
  private final int[] starts;
  private final int[] ends;
  /** Sentence k is the tokens {@code [bounds[k], bounds[k + 1])}; the last entry is size(). */
  private final int[] bounds;

  private Tokens(String text, String[] tokens, int[] starts, int[] ends) {
    this.text = text;
    this.tokens = tokens;
    this.starts = starts;
    this.ends = ends;
    this.bounds = sentenceBounds();
  }

  /**
   * Tokenizes the way OpenNLP's {@code SimpleTokenizer} does (runs of letters, runs of digits, runs
   * of one repeated other character; whitespace apart), without its span objects: the tokens are
   * the only strings made.
   */
  public static Tokens of(String text) {
    int len = text.length();
    int[] starts = new int[Math.min(len, 16)];
    int[] ends = new int[starts.length];
    int n = 0;
    int state = WHITESPACE;
    int start = -1;
    char previous = 0;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      int type = classOf(c);
      if (state == WHITESPACE) {
        if (type != WHITESPACE) {
          start = i;
        }
      } else if (type != state || (type == OTHER && c != previous)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = i;
        n++;
        start = i;
      }
      state = type;
      previous = c;
    }
    if (state != WHITESPACE) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n + 1);
        ends = Arrays.copyOf(ends, n + 1);
      }
      starts[n] = start;
      ends[n] = len;
      n++;
    }
    if (n < starts.length) {
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
    }
    String[] tokens = new String[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = text.substring(starts[i], ends[i]);
    }
    return new Tokens(text, tokens, starts, ends);
  }

  private static final int WHITESPACE = 0;
  private static final int ALPHABETIC = 1;
  private static final int NUMERIC = 2;
  private static final int OTHER = 3;
  /** The class of each ASCII character, as {@link #classOf} computes it for any character. */
  private static final byte[] ASCII_CLASS = asciiClasses();

  private static byte[] asciiClasses() {
    byte[] out = new byte[128];
    for (char c = 0; c < 128; c++) {
      out[c] = (byte) slowClassOf(c);
    }
    return out;
  }

  private static int classOf(char c) {
    return c < 128 ? ASCII_CLASS[c] : slowClassOf(c);
  }

  /** The character classes of OpenNLP's {@code SimpleTokenizer} (2.5), in its order of tests. */
  private static int slowClassOf(char c) {
    if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
      return WHITESPACE;
    }
    if (Character.isAlphabetic(c)) {
      return ALPHABETIC;
    }
    if (Character.isDigit(c)) {
      return NUMERIC;
    }
    return OTHER;
  }

  public String text() {
    return text;
  }

  public int size() {
    return tokens.length;
  }

  public String token(int i) {
    return tokens[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** The tokens {@code [from, to)} as a new array, the form OpenNLP's name finder takes. */
  public String[] slice(int from, int to) {
    String[] out = new String[to - from];
    System.arraycopy(tokens, from, out, 0, out.length);
    return out;
  }

  /** True when no whitespace separates token {@code i} from token {@code i + 1}. */
  public boolean joined(int i) {
    return i + 1 < tokens.length && ends[i] == starts[i + 1];
  }

  /** True when a line break lies between token {@code i - 1} and token {@code i}. */
  public boolean lineBreakBefore(int i) {
    if (i == 0) {
      return true;
    }
    for (int c = ends[i - 1]; c < starts[i]; c++) {
      if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Sentence boundaries as token index pairs {@code [from, to)}: a line break, or '.', '!', '?'
   * that does not end a title abbreviation or an initial. Cheap and good enough for a name finder
   * that was trained on sentences cut the same way. A new list on each call.
   */
  public List<int[]> sentences() {
    List<int[]> out = new ArrayList<>(bounds.length - 1);
    for (int k = 0; k + 1 < bounds.length; k++) {
      out.add(new int[] {bounds[k], bounds[k + 1]});
    }
    return out;
  }

  /** The number of sentences of {@link #sentences()}. */
  public int sentenceCount() {
    return bounds.length - 1;
  }

  /** The first token of sentence {@code k}. */
  public int sentenceFrom(int k) {
    return bounds[k];
  }

  /** The end (exclusive) of sentence {@code k}. */
  public int sentenceTo(int k) {
    return bounds[k + 1];
  }

  /** The token array itself, for the decoder in this package; never modified. */
  String[] array() {
    return tokens;
  }

  private int[] sentenceBounds() {
    int[] out = new int[8];
    int count = 0;
    out[count++] = 0;
    int from = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (i > from && lineBreakBefore(i)) {
        out = add(out, count++, i);
        from = i;
      }
      if (isSentenceEnd(i)) {
        out = add(out, count++, i + 1);
        from = i + 1;
      }
    }
    if (from < tokens.length) {
      out = add(out, count++, tokens.length);
    }
    return Arrays.copyOf(out, count);
  }

  private static int[] add(int[] array, int at, int value) {
    int[] a = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
    a[at] = value;
    return a;
  }

  private boolean isSentenceEnd(int i) {
    String t = tokens[i];
    if (!(t.equals(".") || t.equals("!") || t.equals("?"))) {
      return false;
    }
    if (t.equals(".") && i > 0 && ends[i - 1] == starts[i]) {
      String prev = tokens[i - 1];
      if (prev.length() == 1 && Character.isUpperCase(prev.charAt(0))) {
        return false; // an initial: "J. Smith"
      }
      if (Lexicon.isTitle(prev)) {
        return false; // "Dr. Smith"
      }
    }
    return true;
  }
}
