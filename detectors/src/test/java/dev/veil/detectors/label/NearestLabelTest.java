package dev.veil.detectors.label;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NearestLabelTest {
  private static final String[] ROUTING = {"routing", "aba", "routing number"};

  /** Text with the value marked by "@", whether overNumbers is set, whether a routing word introduces it. */
  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("routing @", false, true),
        Arguments.of("Routing number: @", false, true),
        Arguments.of("ABA no. @", false, true),
        Arguments.of("aba #@", false, true),
        Arguments.of("routing 021000021, account @", false, false),
        Arguments.of("routing 021000021 and @", false, false),
        Arguments.of("routing 021000021 and @", true, true),
        Arguments.of("routing 1.5, 021000021 and @", true, true),
        Arguments.of("routing (ABA) @", false, true),
        Arguments.of("routing. @", false, false),
        Arguments.of("routing; @", false, false),
        Arguments.of("routing\n@", false, false),
        Arguments.of("routing | @", false, false),
        Arguments.of("the routing number of the bank is @", false, false),
        Arguments.of("routing number is the @", false, true),
        Arguments.of("barouting @", false, false),
        Arguments.of("routing " + " ".repeat(NearestLabel.MAX_GAP) + "@", false, false),
        Arguments.of("@", false, false));
  }

  @ParameterizedTest(name = "{0} over numbers {1}")
  @MethodSource("rows")
  void closestLabel(String marked, boolean overNumbers, boolean expected) {
    int at = marked.indexOf('@');
    String text = marked.replace("@", "021000021");
    assertEquals(expected, NearestLabel.is(text, at, overNumbers, ROUTING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("abbreviations")
  void shortWordWithFullStopIsAnAbbreviation(String text, boolean expected) {
    assertEquals(expected, NearestLabel.is(text + " 4158234410", text.length() + 1, false, "tel", "nr"));
  }

  static Stream<Arguments> abbreviations() {
    return Stream.of(Arguments.of("Tel.", true), Arguments.of("Nr.", true), Arguments.of("call the tel.", true),
        Arguments.of("Tel. 030.", false), Arguments.of("hotel.", false));
  }
}
