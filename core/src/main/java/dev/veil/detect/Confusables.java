package dev.veil.detect;

/**
 * Cyrillic and Greek letters that render like Latin letters and are used to slip identifiers past
 * pattern matching ("јоhn@ехаmрlе.com"). Folding them lets detectors see the Latin form; the offset
 * map keeps findings pointing at the original characters.
 */
final class Confusables {
  private static final char[] TABLE = new char[0x0530];

  static {
    // Cyrillic lower case
    map('\u0430', 'a'); map('\u0435', 'e'); map('\u043E', 'o'); map('\u0440', 'p');
    map('\u0441', 'c'); map('\u0443', 'y'); map('\u0445', 'x'); map('\u0456', 'i');
    map('\u0458', 'j'); map('\u0455', 's'); map('\u04BB', 'h'); map('\u0501', 'd');
    map('\u051B', 'q');
    // Cyrillic upper case
    map('\u0410', 'A'); map('\u0412', 'B'); map('\u0415', 'E'); map('\u041A', 'K');
    map('\u041C', 'M'); map('\u041D', 'H'); map('\u041E', 'O'); map('\u0420', 'P');
    map('\u0421', 'C'); map('\u0422', 'T'); map('\u0425', 'X'); map('\u0406', 'I');
    map('\u0408', 'J'); map('\u0405', 'S'); map('\u04C0', 'I');
    // Greek
    map('\u0391', 'A'); map('\u0392', 'B'); map('\u0395', 'E'); map('\u0396', 'Z');
    map('\u0397', 'H'); map('\u0399', 'I'); map('\u039A', 'K'); map('\u039C', 'M');
    map('\u039D', 'N'); map('\u039F', 'O'); map('\u03A1', 'P'); map('\u03A4', 'T');
    map('\u03A5', 'Y'); map('\u03A7', 'X'); map('\u03BF', 'o'); map('\u03BD', 'v');
    map('\u03B9', 'i'); map('\u03BA', 'k'); map('\u03C1', 'p');
  }

  private Confusables() {}

  private static void map(int from, char to) {
    if (from >= 0 && from < TABLE.length) {
      TABLE[from] = to;
    }
  }

  /** The Latin look-alike of {@code cp}, or 0 if it has none. */
  static char fold(int cp) {
    return cp >= 0 && cp < TABLE.length ? TABLE[cp] : 0;
  }
}
