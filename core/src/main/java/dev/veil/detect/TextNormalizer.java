package dev.veil.detect;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns the caller's text into the text detectors see, so that identifiers written in odd ways
 * are still found, while keeping a map back to the original offsets.
 *
 * <p>Steps, per code point: Unicode NFKC (fullwidth and other compatibility forms to their plain
 * form); removal of invisible format characters (zero-width space/joiners, soft hyphen, word
 * joiner, BOM, bidirectional controls) and of combining marks that sit on a digit; every kind of
 * space to {@code ' '}; decimal digits of any script to ASCII digits; Cyrillic and Greek letters
 * that look like Latin letters to those Latin letters. Lone surrogates become {@code U+FFFD}.
 *
 * <p>Then text-level steps undo deliberate obfuscation (see {@code Deobfuscator}): JSON string
 * escapes are decoded ({@code \u0035}, {@code \n}); digits spaced out one by one are joined ("5 3 6
 * - 2 2 - 8 1 1 9" reads "536-22-8119"); seven or more digit words in a row become digits ("five
 * three six ..."; English, German, French, Spanish, Italian, Dutch); "jane dot doe at example dot
 * com" reads as an e-mail address; a line break inside a value is removed. Every character of the
 * result maps back to a non-empty range of the original, ranges in order.
 *
 * <p>Text that is plain printable ASCII with none of those shapes is returned as is, without
 * copying. Thread-safe and stateless; cost is linear in the text length.
 */
public final class TextNormalizer {

  private static final TextNormalizer DEFAULT = new TextNormalizer();

  public static TextNormalizer standard() {
    return DEFAULT;
  }

  /** Normalizes {@code text}; never throws for any string content. */
  public NormalizedText normalize(String text) {
    boolean ascii = isPlainAscii(text);
    if (ascii && !Deobfuscator.mayNeedDeobfuscation(text)) {
      return NormalizedText.identity(text);
    }
    Rewrite.Mapped unescaped = Deobfuscator.jsonUnescape(text);
    Rewrite.Mapped chars = ascii && unescaped.isIdentity() ? unescaped
        : perCodePoint(unescaped.text()).over(unescaped);
    Rewrite.Mapped all = Deobfuscator.deobfuscate(chars.text()).over(chars);
    if (all.isIdentity()) {
      return NormalizedText.identity(text);
    }
    return new NormalizedText(text, all.text(), all.start(), all.end());
  }

  private static Rewrite.Mapped perCodePoint(String text) {
    if (isPlainAscii(text)) {
      return Rewrite.Mapped.identity(text);
    }
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 8];
    int[] ends = new int[n + 8];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int cp;
      int width;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        width = 2;
      } else {
        cp = c;
        width = 1;
      }
      String replacement = replace(cp, out);
      int len = replacement == null ? Character.charCount(cp) : replacement.length();
      if (out.length() + len > starts.length) {
        int cap = Math.max(starts.length * 2, out.length() + len + 8);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
      }
      if (replacement == null) {
        for (int k = 0; k < len; k++) {
          starts[out.length() + k] = i;
          ends[out.length() + k] = i + width;
        }
        out.appendCodePoint(cp);
      } else {
        for (int k = 0; k < replacement.length(); k++) {
          starts[out.length()] = i;
          ends[out.length()] = i + width;
          out.append(replacement.charAt(k));
        }
      }
      i += width;
    }
    return new Rewrite.Mapped(out.toString(), starts, ends);
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x7F || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
        return false;
      }
    }
    return true;
  }

  /** Returns null to keep the code point, "" to drop it, or its replacement. */
  private static String replace(int cp, StringBuilder outSoFar) {
    if (cp < 0x7F) {
      if (cp >= 0x20 || cp == '\n' || cp == '\r' || cp == '\t') {
        return null;
      }
      return " "; // other C0 controls act as separators
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      return "\uFFFD";
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return ""; // zero-width chars, soft hyphen, bidi controls, BOM
    }
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      int last = outSoFar.length() - 1;
      if (last >= 0 && isAsciiDigit(outSoFar.charAt(last))) {
        return "";
      }
      return null;
    }
    if (type == Character.SPACE_SEPARATOR) {
      return " ";
    }
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || cp == 0x85) {
      return "\n";
    }
    if (type == Character.CONTROL) {
      return " ";
    }
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      int d = Character.digit(cp, 10);
      if (d >= 0) {
        return String.valueOf((char) ('0' + d));
      }
    }
    char folded = Confusables.fold(cp);
    if (folded != 0) {
      return String.valueOf(folded);
    }
    String s = new String(Character.toChars(cp));
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    if (nfkc.equals(s)) {
      return null;
    }
    // Compatibility forms can expand to several characters (e.g. a ligature); all map back to the
    // same original code point. Digits inside the result are made ASCII too.
    StringBuilder b = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(p -> {
      if (Character.getType(p) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(p, 10) >= 0) {
        b.append((char) ('0' + Character.digit(p, 10)));
      } else {
        char f = Confusables.fold(p);
        if (f != 0) {
          b.append(f);
        } else {
          b.appendCodePoint(p);
        }
      }
    });
    return b.toString();
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
