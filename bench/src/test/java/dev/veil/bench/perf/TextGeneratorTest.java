package dev.veil.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.GuardContext;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextGeneratorTest {

  @ParameterizedTest
  @EnumSource(TextKind.class)
  void sameSeedSameTextOtherSeedOtherText(TextKind kind) {
    assertEquals(TextGenerator.generate(kind, 20_480, 7), TextGenerator.generate(kind, 20_480, 7));
    assertNotEquals(TextGenerator.generate(kind, 20_480, 7), TextGenerator.generate(kind, 20_480, 8));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 200, 2048, 20_480, 204_800})
  void sizeIsTheRequestedUtf8ByteCountOrOneCharacterLess(int bytes) {
    for (TextKind kind : TextKind.values()) {
      int actual = TextGenerator.generate(kind, bytes).getBytes(StandardCharsets.UTF_8).length;
      assertTrue(actual <= bytes && actual >= bytes - 3, kind + " " + bytes + " -> " + actual);
    }
  }

  @Test
  void plantedCardsAndIbansCarryValidCheckDigits() {
    Identifiers ids = new Identifiers(new Random(1));
    for (int i = 0; i < 200; i++) {
      assertTrue(Identifiers.luhnValid(ids.card().replaceAll("[ -]", "")));
      String iban = ids.iban().replace(" ", "");
      assertEquals(1, Identifiers.mod97(iban.substring(4) + iban.substring(0, 4)), iban.substring(0, 2));
    }
  }

  @Test
  void noPiiTextHasNoFindingsAndDenseTextHasManyOfSeveralTypes() {
    var guard = Guards.rulesOnly();
    // The prose has numbers (amounts, versions, percentages) but none of these: if a detector finds
    // one, either it has a false positive or the benchmark's "no identifiers" text is mislabelled.
    Set<EntityType> absent = EnumSet.of(EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.IBAN,
        EntityType.EMAIL_ADDRESS, EntityType.IP_ADDRESS, EntityType.URL, EntityType.PHONE_NUMBER);
    List<Finding> clean = guard.inspect(TextGenerator.generate(TextKind.NO_PII, 20_480), GuardContext.defaults());
    assertEquals(List.of(), clean.stream().filter(f -> absent.contains(f.type())).toList());
    List<Finding> dense = guard.inspect(TextGenerator.generate(TextKind.DENSE, 2048), GuardContext.defaults());
    Set<EntityType> types = dense.stream().map(Finding::type).collect(Collectors.toSet());
    assertTrue(dense.size() >= 20, "findings: " + dense.size());
    assertTrue(types.containsAll(EnumSet.of(EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.IBAN,
        EntityType.EMAIL_ADDRESS)), types.toString());
  }

  @Test
  void chatAndClinicalTextsAreNotPlainAsciiSoNormalizationDoesRealWork() {
    assertFalse(TextGenerator.generate(TextKind.CHAT, 2048).chars().allMatch(c -> c < 0x7F));
    assertFalse(TextGenerator.generate(TextKind.CLINICAL, 2048).chars().allMatch(c -> c < 0x7F));
  }
}
