package dev.veil.detectors.internal;

import com.google.re2j.Matcher;
import dev.veil.GuardContext;

/**
 * One regex match, with offsets into the whole text although the pattern ran on a window of it,
 * and the request context (language, phone region) for scoring. A match found by a {@link Shape}
 * instead of RE2/J has the whole match only: its groups above 0 throw {@link
 * IllegalStateException} (the detectors that use a shape read their parts from the offsets).
 */
public final class Match {
  private final Matcher m;
  private final int offset;
  private final GuardContext context;
  /** With {@code m == null}: the text and the match's offsets in it (a {@link Shape} match). */
  private final String text;
  private int start;
  private int end;

  Match(Matcher m, int offset, GuardContext context) {
    this.m = m;
    this.offset = offset;
    this.context = context;
    this.text = null;
  }

  /** A shape match of {@code [start, end)} in {@code text}; {@link #at} moves it to the next one. */
  Match(String text, GuardContext context) {
    this.m = null;
    this.offset = 0;
    this.context = context;
    this.text = text;
  }

  Match at(int s, int e) {
    start = s;
    end = e;
    return this;
  }

  public int start() {
    return m == null ? start : m.start() + offset;
  }

  public int end() {
    return m == null ? end : m.end() + offset;
  }

  /** Start of group {@code g}, or -1 if it did not participate. */
  public int start(int g) {
    if (m == null) {
      return whole(g) ? start : -1;
    }
    int s = m.start(g);
    return s < 0 ? -1 : s + offset;
  }

  public int end(int g) {
    if (m == null) {
      return whole(g) ? end : -1;
    }
    int e = m.end(g);
    return e < 0 ? -1 : e + offset;
  }

  public String group() {
    return m == null ? text.substring(start, end) : m.group();
  }

  /** Group {@code g}, or null if it did not participate. */
  public String group(int g) {
    if (m == null) {
      return whole(g) ? group() : null;
    }
    return m.group(g);
  }

  private static boolean whole(int g) {
    if (g != 0) {
      throw new IllegalStateException("a shape match records no groups");
    }
    return true;
  }

  public GuardContext context() {
    return context;
  }
}
