package dev.veil.internal.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestoreKeysTest {

  @Property(tries = 2000)
  void sameFoldedAgreesWithComparingTheFoldedForms(@ForAll("texts") String a, @ForAll("texts") String b) {
    assertEquals(RestoreKeys.folded(a).equals(RestoreKeys.folded(b)), RestoreKeys.sameFolded(a, b),
        () -> "'" + a + "' vs '" + b + "'");
    assertEquals(true, RestoreKeys.sameFolded(a, a));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "John Smith|john smith|true",
      "'  John   Smith '|john smith|true",
      "JohnSmith|john smith|false",
      "<PERSON_1>|<person_1>|true",
      "<PERSON_1>|<PERSON_12>|false",
      "' x'|'x '|true",
      "x y|xy|false",
  })
  void examples(String a, String b, boolean same) {
    assertEquals(same, RestoreKeys.sameFolded(a, b));
    assertEquals(same, RestoreKeys.sameFolded(b, a));
  }

  @org.junit.jupiter.api.Test
  void whitespaceKindsFoldTogether() {
    assertEquals(true, RestoreKeys.sameFolded("John\tSmith", "JOHN\nSMITH"));
    assertEquals(true, RestoreKeys.sameFolded("  ", ""));
    assertEquals(false, RestoreKeys.sameFolded(" a", ""));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aAbB \t\n\u00c9\u00e9\u0130i").ofMaxLength(6);
  }
}
