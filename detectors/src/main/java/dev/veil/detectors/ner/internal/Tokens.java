package dev.veil.detectors.ner.internal;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

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

  private Tokens(String text, String[] tokens, int[] starts, int[] ends) {
    this.text = text;
    this.tokens = tokens;
    this.starts = starts;
    this.ends = ends;
  }

  /** Tokenizes with OpenNLP's character-class tokenizer (letters, digits, punctuation apart). */
  public static Tokens of(String text) {
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
    String[] tokens = new String[spans.length];
    int[] starts = new int[spans.length];
    int[] ends = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      starts[i] = spans[i].getStart();
      ends[i] = spans[i].getEnd();
      tokens[i] = text.substring(starts[i], ends[i]);
    }
    return new Tokens(text, tokens, starts, ends);
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
   * that was trained on sentences cut the same way.
   */
  public List<int[]> sentences() {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (i > from && lineBreakBefore(i)) {
        out.add(new int[] {from, i});
        from = i;
      }
      if (isSentenceEnd(i)) {
        out.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    if (from < tokens.length) {
      out.add(new int[] {from, tokens.length});
    }
    return out;
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
