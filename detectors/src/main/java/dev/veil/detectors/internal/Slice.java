package dev.veil.detectors.internal;

/** A window of a string, as a {@link CharSequence}, without copying. */
final class Slice implements CharSequence {
  private final String s;
  private final int from;
  private final int to;

  Slice(String s, int from, int to) {
    this.s = s;
    this.from = from;
    this.to = to;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    return s.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return s.substring(from + start, from + end);
  }

  @Override
  public String toString() {
    return s.substring(from, to);
  }
}
