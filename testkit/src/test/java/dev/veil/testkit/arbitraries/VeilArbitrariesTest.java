package dev.veil.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testkit.ids.IdentifierKind;
import dev.veil.testkit.ids.PaymentIdentifiers;
import dev.veil.testkit.ids.UsIdentifiers;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VeilArbitrariesTest {

  @Provide
  Arbitrary<String> ssns() {
    return VeilArbitraries.validSsn();
  }

  @Provide
  Arbitrary<String> nearMissSsns() {
    return VeilArbitraries.nearMissSsn();
  }

  @Provide
  Arbitrary<String> nearMissCards() {
    return VeilArbitraries.nearMissCreditCard();
  }

  @Provide
  Arbitrary<CarrierText> ibanTexts() {
    return VeilArbitraries.textContaining(IdentifierKind.IBAN);
  }

  @Property(tries = 200)
  void validSsnsFollowTheSsaRules(@ForAll("ssns") String ssn) {
    assertTrue(UsIdentifiers.ssnValid(ssn.replaceAll("[ -]", "")), ssn);
  }

  @Property(tries = 200)
  void nearMissSsnsBreakThem(@ForAll("nearMissSsns") String ssn) {
    assertFalse(UsIdentifiers.ssnValid(ssn.replaceAll("[ -]", "")), ssn);
  }

  @Property(tries = 200)
  void nearMissCardsFailLuhn(@ForAll("nearMissCards") String card) {
    assertFalse(PaymentIdentifiers.luhnValid(card.replaceAll("[ -]", "")), card);
  }

  @Property(tries = 200)
  void carrierTextsPointAtTheValue(@ForAll("ibanTexts") CarrierText t) {
    assertTrue(PaymentIdentifiers.ibanValid(t.value().replace(" ", "")), t.value());
    assertEquals(t.value(), t.text().substring(t.start(), t.end()));
  }

  @org.junit.jupiter.api.Test
  void kindsWithoutARuleHaveNoNearMiss() {
    assertThrows(IllegalArgumentException.class, () -> VeilArbitraries.nearMiss(IdentifierKind.EMAIL_ADDRESS));
  }
}
