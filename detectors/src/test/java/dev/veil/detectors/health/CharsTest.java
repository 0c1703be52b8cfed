package dev.veil.detectors.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {
  @Test
  void sameAsCharacterForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      int c = i;
      assertEquals(Character.isLetter((char) c), Chars.isLetter((char) c), () -> "isLetter " + c);
      assertEquals(Character.isLetterOrDigit((char) c), Chars.isLetterOrDigit((char) c),
          () -> "isLetterOrDigit " + c);
    }
  }
}
