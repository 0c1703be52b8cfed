package dev.veil.transform;

import dev.veil.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Applies operators to non-overlapping findings in one left-to-right pass. Thread-safe and
 * stateless.
 */
public final class Transformer {
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end);

  private Transformer() {}

  /** Guard's findings come sorted by start; a copy is then not needed. */
  private static boolean isSorted(List<Finding> findings) {
    Finding prev = null;
    for (Finding f : findings) {
      if (prev != null && BY_POSITION.compare(prev, f) > 0) {
        return false;
      }
      prev = f;
    }
    return true;
  }

  /**
   * Returns {@code text} with each finding's span replaced by its operator's output. Findings with
   * no operator ({@code operatorFor} returns null) are left as they are.
   *
   * @throws IllegalArgumentException if findings overlap or lie outside the text
   */
  public static String apply(
      String text, List<Finding> findings, Function<Finding, Operator> operatorFor,
      TransformSession session) {
    if (findings.isEmpty()) {
      return text;
    }
    List<Finding> sorted = findings;
    if (!isSorted(findings)) {
      sorted = new ArrayList<>(findings);
      sorted.sort(BY_POSITION);
    }
    StringBuilder out = new StringBuilder(text.length() + 16 * sorted.size());
    int pos = 0;
    for (Finding f : sorted) {
      if (f.start() < pos || f.end() > text.length()) {
        throw new IllegalArgumentException("findings overlap or exceed the text at " + f.span());
      }
      Operator op = operatorFor.apply(f);
      if (op == null) {
        continue;
      }
      out.append(text, pos, f.start());
      out.append(op.apply(text.substring(f.start(), f.end()), f, session));
      pos = f.end();
    }
    out.append(text, pos, text.length());
    return out.toString();
  }
}
