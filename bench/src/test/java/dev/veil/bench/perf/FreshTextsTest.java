package dev.veil.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

class FreshTextsTest {
  @Test
  void consecutiveCallsGetEqualButDistinctTexts() {
    FreshTexts texts = new FreshTexts("Patient SSN 219-09-9999");
    String previous = texts.next();
    for (int i = 0; i < 20; i++) {
      String s = texts.next();
      assertEquals("Patient SSN 219-09-9999", s);
      assertNotSame(previous, s);
      previous = s;
    }
  }
}
