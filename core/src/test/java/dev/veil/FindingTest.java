package dev.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void toStringShowsTypeSpanScoreButNoValue() {
    String text = "SSN 536-22-8119";
    Finding f = Finding.of(EntityType.US_SSN, 4, 15, 0.99, "us-ssn").withAttribute(Finding.COUNTRY, "US");
    assertEquals("536-22-8119", f.valueIn(text));
    assertEquals("Finding[US_SSN [4, 15) score=0.99 detector=us-ssn {country=US}]", f.toString());
    assertFalse(f.toString().contains("536"));
  }

  @Test
  void invalidValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Finding.of(EntityType.US_SSN, 0, 1, 1.5, "x"));
    assertThrows(IllegalArgumentException.class, () -> Finding.of(EntityType.US_SSN, 0, 1, Double.NaN, "x"));
    assertThrows(IllegalArgumentException.class, () -> Finding.of(EntityType.US_SSN, 5, 1, 0.5, "x"));
    assertThrows(NullPointerException.class, () -> new Finding(null, Span.of(0, 1), 0.5, "x", Map.of()));
  }

  @Test
  void entityTypesParseLeniently() {
    assertEquals(EntityType.US_SSN, EntityType.parse("us-ssn"));
    assertEquals(EntityType.CREDIT_CARD, EntityType.parse(" credit_card "));
    VeilException e = assertThrows(VeilException.class, () -> EntityType.parse("SOCIAL"));
    assertEquals(true, e.getMessage().startsWith("unknown entity type 'SOCIAL'"));
  }

  @Test
  void decisionsOrderByRestrictiveness() {
    assertEquals(Decision.BLOCK, Decision.ALLOW.strictest(Decision.BLOCK));
    assertEquals(Decision.ROUTE, Decision.ROUTE.strictest(Decision.TRANSFORM));
    assertEquals(Decision.TRANSFORM, Decision.ALLOW.strictest(Decision.TRANSFORM));
  }
}
