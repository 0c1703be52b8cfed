package dev.veil.detect;

import java.text.Normalizer;

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
 * copying; so is text whose characters need no change (accented letters, symbols, emoji). What a
 * character becomes is looked up in a 64 KiB table filled lazily, so the per-character step
 * allocates nothing except for rare compatibility forms (ligatures, superscripts); the offset map
 * is stored as runs ({@code OffsetMap}), so a text with a few rewrites costs a few runs rather than
 * two {@code int}s per character. Thread-safe; cost is linear in the text
 * length.
 */
public final class TextNormalizer {

  private static final TextNormalizer DEFAULT = new TextNormalizer();

  public static TextNormalizer standard() {
    return DEFAULT;
  }

  /** Normalizes {@code text}; never throws for any string content. */
  public NormalizedText normalize(String text) {
    // one pass tells whether the text is plain ASCII, has an escape, and which deobfuscation steps
    // could change it
    int steps = Deobfuscator.steps(text, true);
    boolean ascii = (steps & Deobfuscator.NOT_PLAIN_ASCII) == 0;
    // plain ASCII comes back as is when nothing can change it: no step's shape and no escape, or
    // the older, stricter test finds nothing (a text it passes is returned as is, whatever the
    // steps would do)
    if (ascii && (steps == 0 || !Deobfuscator.mayNeedDeobfuscation(text))) {
      return NormalizedText.identity(text);
    }
    Rewrite.Mapped unescaped = ascii && (steps & Deobfuscator.BACKSLASH) == 0
        ? Rewrite.Mapped.identity(text) : Deobfuscator.jsonUnescape(text);
    Rewrite.Mapped chars = ascii && unescaped.isIdentity() ? unescaped
        : perCodePoint(unescaped.text()).over(unescaped);
    Rewrite.Mapped all = (ascii && chars.text() == text ? Deobfuscator.deobfuscate(text, steps)
        : Deobfuscator.deobfuscate(chars.text())).over(chars);
    if (all.isIdentity()) {
      return NormalizedText.identity(text);
    }
    return new NormalizedText(text, all.text(), all.map());
  }

  private static Rewrite.Mapped perCodePoint(String text) {
    int n = text.length();
    int first = firstChange(text);
    if (first == n) {
      return Rewrite.Mapped.identity(text); // e.g. accented letters, "°C", emoji: nothing to copy
    }
    StringBuilder out = new StringBuilder(n);
    OffsetMap.Builder map = new OffsetMap.Builder(16);
    out.append(text, 0, first);
    map.copy(0, first);
    int i = first;
    while (i < n) {
      int copied = copiedUpTo(text, i);
      if (copied > i) {
        out.append(text, i, copied);
        map.copy(i, copied - i);
        i = copied;
        if (i == n) {
          break;
        }
      }
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
      int before = out.length();
      appendNormalized(cp, out);
      for (int k = before, after = out.length(); k < after; k++) {
        map.add(i, i + width);
      }
      i += width;
    }
    return new Rewrite.Mapped(out.toString(), map.build());
  }

  /**
   * End of the stretch from {@code from} that {@link #appendNormalized} copies char for char, each
   * output char from the one input char: ASCII other than C0 controls, and BMP characters it keeps.
   * Surrogates end it (a kept pair maps both its chars to the pair), and so does a combining mark
   * at {@code from} (whether it stays depends on the output before it) or after an ASCII digit.
   */
  private static int copiedUpTo(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x7F) {
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
          return i;
        }
        continue;
      }
      if (Character.isSurrogate(c)) {
        return i;
      }
      byte kind = kind(c);
      if (kind == MARK ? i == from || isAsciiDigit(text.charAt(i - 1)) : kind != KEEP) {
        return i;
      }
    }
    return n;
  }

  /**
   * Index of the first character that {@link #appendNormalized} would change, or the length. A
   * surrogate pair is kept only when its code point is; a combining mark counts as a change only
   * after an ASCII digit.
   */
  private static int firstChange(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x7F) {
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
          return i;
        }
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
      }
      byte kind = kind(cp);
      if (kind == MARK ? i > 0 && isAsciiDigit(text.charAt(i - 1)) : kind != KEEP) {
        return i;
      }
      if (cp > 0xFFFF) {
        i++;
      }
    }
    return n;
  }

  private static byte kind(int cp) {
    if (cp > 0xFFFF) {
      return kindOf(cp);
    }
    byte kind = KIND[cp];
    if (kind == UNKNOWN) {
      kind = kindOf(cp);
      KIND[cp] = kind;
    }
    return kind;
  }

  // What a BMP character turns into, cached per character (0 = not yet known). Races are benign:
  // every thread computes the same value, and byte writes are atomic.
  private static final byte UNKNOWN = 0;
  private static final byte KEEP = 1;
  private static final byte DROP = 2;
  private static final byte MARK = 3;
  private static final byte SPACE = 4;
  private static final byte NEWLINE = 5;
  private static final byte DIGIT = 6;
  private static final byte FOLD = 7;
  private static final byte FULLWIDTH = 8;
  private static final byte COMPATIBILITY = 9;
  private static final byte[] KIND = new byte[0x10000];

  /** Appends what {@code cp} becomes; allocates only for compatibility forms other than fullwidth ASCII. */
  private static void appendNormalized(int cp, StringBuilder out) {
    if (cp < 0x7F) {
      out.append(cp >= 0x20 || cp == '\n' || cp == '\r' || cp == '\t' ? (char) cp : ' '); // other C0 controls separate
      return;
    }
    switch (kind(cp)) {
      case KEEP -> out.appendCodePoint(cp);
      case DROP -> { }
      case MARK -> {
        // a combining mark on a digit hides the digit from patterns; elsewhere it is part of a letter
        int last = out.length() - 1;
        if (last < 0 || !isAsciiDigit(out.charAt(last))) {
          out.appendCodePoint(cp);
        }
      }
      case SPACE -> out.append(' ');
      case NEWLINE -> out.append('\n');
      case DIGIT -> out.append((char) ('0' + Character.digit(cp, 10)));
      case FOLD -> out.append(Confusables.fold(cp));
      case FULLWIDTH -> out.append((char) (cp - 0xFEE0));
      default -> appendCompatibility(cp, out);
    }
  }

  private static byte kindOf(int cp) {
    if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
      return COMPATIBILITY; // lone surrogate: U+FFFD, below
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return DROP; // zero-width chars, soft hyphen, bidi controls, BOM
    }
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return MARK;
    }
    if (type == Character.SPACE_SEPARATOR || type == Character.CONTROL && cp != 0x85) {
      return SPACE;
    }
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || cp == 0x85) {
      return NEWLINE;
    }
    if (type == Character.DECIMAL_DIGIT_NUMBER && Character.digit(cp, 10) >= 0) {
      return DIGIT;
    }
    if (Confusables.fold(cp) != 0) {
      return FOLD;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return FULLWIDTH;
    }
    String s = new String(Character.toChars(cp));
    return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? KEEP : COMPATIBILITY;
  }

  /**
   * A compatibility form can expand to several characters (e.g. a ligature); all map back to the
   * same original code point. Digits inside the result are made ASCII too.
   */
  private static void appendCompatibility(int cp, StringBuilder out) {
    if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
      out.append('\uFFFD');
      return;
    }
    String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    for (int k = 0; k < nfkc.length(); ) {
      int p = nfkc.codePointAt(k);
      k += Character.charCount(p);
      if (Character.getType(p) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(p, 10) >= 0) {
        out.append((char) ('0' + Character.digit(p, 10)));
      } else {
        char f = Confusables.fold(p);
        if (f != 0) {
          out.append(f);
        } else {
          out.appendCodePoint(p);
        }
      }
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
