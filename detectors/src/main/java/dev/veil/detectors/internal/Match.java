package dev.veil.detectors.internal;

import com.google.re2j.Matcher;
import dev.veil.GuardContext;

/**
 * One regex match, with offsets into the whole text although the pattern ran on a window of it,
 * and the request context (language, phone region) for scoring.
 */
public final class Match {
  private final Matcher m;
  private final int offset;
  private final GuardContext context;

  Match(Matcher m, int offset, GuardContext context) {
    this.m = m;
    this.offset = offset;
    this.context = context;
  }

  public int start() {
    return m.start() + offset;
  }

  public int end() {
    return m.end() + offset;
  }

  /** Start of group {@code g}, or -1 if it did not participate. */
  public int start(int g) {
    int s = m.start(g);
    return s < 0 ? -1 : s + offset;
  }

  public int end(int g) {
    int e = m.end(g);
    return e < 0 ? -1 : e + offset;
  }

  public String group() {
    return m.group();
  }

  /** Group {@code g}, or null if it did not participate. */
  public String group(int g) {
    return m.group(g);
  }

  public GuardContext context() {
    return context;
  }
}
