package dev.veil.detectors.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneCandidatesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("Call (212) 555-0143 today", List.of("(212) 555-0143")),
        Arguments.of("fax +1 415 555 0199.", List.of("+1 415 555 0199")),
        Arguments.of("Tel. plus 4915257409230.", List.of("plus 4915257409230")),
        Arguments.of("surplus 4915257409230", List.of("4915257409230")),
        Arguments.of("fax (702)\n595-8995", List.of("(702)\n595-8995")),
        Arguments.of("two lines 415\n823\n4410", List.of()),
        Arguments.of("Version 7.1.12 kostet 2135,62", List.of()),
        Arguments.of("a 415-823-4410, b 212.555.0143", List.of("415-823-4410", "212.555.0143")),
        Arguments.of("price 12, 345, 678", List.of()),
        Arguments.of("room 12", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void runs(String text, List<String> expected) {
    int[] r = PhoneCandidates.find(text, 7);
    List<String> got = new ArrayList<>();
    for (int k = 0; k < r.length; k += 2) {
      got.add(text.substring(r[k], r[k + 1]));
    }
    assertEquals(expected, got);
  }

  @Test
  void runsAreCutSoLibphonenumberOnlySeesShortStrings() {
    String digits = "1 2 3 4 5 6 7 8 9 0 ".repeat(2000);
    int[] r = PhoneCandidates.find(digits, 7);
    assertTrue(r.length > 2);
    for (int k = 0; k < r.length; k += 2) {
      assertTrue(r[k + 1] - r[k] <= PhoneCandidates.MAX_RUN);
    }
  }
}
