package dev.veil.bench.eval;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuleErrorsTest {
  @Test
  void heldoutErrorsAreNeverPrinted() {
    assertThrows(IllegalArgumentException.class, () -> RuleErrors.main(new String[] {"HELDOUT"}));
  }
}
