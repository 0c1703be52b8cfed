package dev.veil.testkit.policy;

import dev.veil.Finding;
import dev.veil.GuardContext;
import java.util.List;

/** Where the assertions get findings for a text: a {@link dev.veil.Guard}, detectors, or fixed findings. */
@FunctionalInterface
public interface FindingSource {
  /** The findings in {@code text} for {@code context}, with spans into {@code text}. */
  List<Finding> findingsIn(String text, GuardContext context);
}
