package dev.veil.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text-level normalization steps that undo deliberate obfuscation of identifiers: JSON string
 * escapes, digits spaced out one by one, digits written as words, e-mail addresses written with
 * "at" and "dot", and values broken across lines. Each step only fires on a shape that is rare in
 * ordinary prose (for instance at least seven spaced digits or seven digit words in a row), so
 * ordinary text passes through unchanged. Stateless and thread-safe; every step is linear.
 */
final class Deobfuscator {
  /** Shortest run of spaced-out digits or digit words that is collapsed (SSN has 9, phone 10). */
  static final int MIN_DIGITS = 7;
  /** Punctuation that may stand as a token of a spaced-out value. */
  private static final String SPACED_PUNCTUATION = "-./@_+";

  private static final Map<String, Character> DIGIT_WORDS = digitWords();
  private static final int MAX_WORD = 7;
  /** Digit words by length * 128 + first letter (all first letters are ASCII). */
  private static final String[][] WORDS_BY_SHAPE = wordsByShape();

  // name dot surname at example dot com, john[at]example[dot]org, jane (at) example (dot) co (dot) uk
  private static final String DOT = "(?:\\s+dot\\s+|\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*)";
  private static final String AT = "(?:\\s+at\\s+|\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*|\\s+@\\s+)";
  private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
      "(?i)[a-z0-9_%+-]+(?:(?:" + DOT + "|\\.)[a-z0-9_%+-]+)*" + AT
          + "[a-z0-9-]+(?:(?:" + DOT + "|\\.)[a-z0-9-]+)*" + DOT + "[a-z]{2,24}\\b");

  private Deobfuscator() {}

  // ---------------------------------------------------------------- JSON escapes

  /** Decodes JSON string escapes ({@code \u0035}, {@code \n}, {@code \"}...) where they occur. */
  static Rewrite.Mapped jsonUnescape(String text) {
    if (text.indexOf('\\') < 0) {
      return Rewrite.Mapped.identity(text);
    }
    Rewrite rw = new Rewrite(text);
    int n = text.length();
    for (int i = 0; i < n - 1; i++) {
      if (text.charAt(i) != '\\') {
        continue;
      }
      char c = text.charAt(i + 1);
      if (c == 'u' && i + 6 <= n) {
        int v = hex4(text, i + 2);
        if (v >= 0) {
          rw.replace(i, i + 6, String.valueOf((char) v));
          i += 5;
          continue;
        }
      }
      String r = switch (c) {
        case 'n' -> "\n";
        case 'r' -> "\r";
        case 't' -> "\t";
        case '"' -> "\"";
        case '\\' -> "\\";
        case '/' -> "/";
        case 'b', 'f' -> " ";
        default -> null;
      };
      if (r != null) {
        rw.replace(i, i + 2, r);
        i++;
      }
    }
    return rw.isEmpty() ? Rewrite.Mapped.identity(text) : rw.apply();
  }

  private static int hex4(String s, int from) {
    int v = 0;
    for (int k = from; k < from + 4; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0 || s.charAt(k) > 'f') {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  // ---------------------------------------------------------------- compact view

  /** Applies the obfuscation steps to already character-normalized text. */
  static Rewrite.Mapped deobfuscate(String text) {
    return deobfuscate(text, steps(text));
  }

  /** {@link #deobfuscate(String)}, given {@code steps(text)}. */
  static Rewrite.Mapped deobfuscate(String text, int steps) {
    // each step runs only where a shape it needs occurs ({@link #steps}): on most texts that is
    // none, and the full steps (digit-word runs, the e-mail regex) cost tens of µs per 2 KB
    steps &= STEP_SPACED | STEP_WORDS | STEP_LINES | STEP_EMAILS;
    if (steps == 0) {
      return Rewrite.Mapped.identity(text);
    }
    Rewrite rw = new Rewrite(text);
    if ((steps & STEP_SPACED) != 0) {
      spacedDigits(text, rw);
    }
    if ((steps & STEP_WORDS) != 0) {
      digitWords(text, rw);
    }
    if ((steps & STEP_LINES) != 0) {
      lineBreaks(text, rw);
    }
    if ((steps & STEP_EMAILS) != 0) {
      obfuscatedEmails(text, rw);
    }
    return rw.isEmpty() ? Rewrite.Mapped.identity(text) : rw.apply();
  }

  static final int STEP_SPACED = 1;
  static final int STEP_WORDS = 2;
  static final int STEP_LINES = 4;
  static final int STEP_EMAILS = 8;
  /** Not a step: the text has a char other than printable ASCII, tab and line breaks. */
  static final int NOT_PLAIN_ASCII = 16;
  /** Not a step: the text has a backslash (a JSON escape may follow). */
  static final int BACKSLASH = 32;

  /**
   * The steps of {@link #deobfuscate} that can change {@code text}, as {@code STEP_*} bits, from
   * one pass over it. Each bit is a necessary condition of its step, so skipping a step whose bit
   * is clear changes nothing: a spaced-out run joins at least four single-character tokens (seven
   * digits, or an address "a @ b . c"), so three single spaces two chars apart; a digit-word run
   * holds at least {@link #MIN_DIGITS} digit words; a line break needs a {@code '\n'}; an
   * obfuscated e-mail address a "dot". Also sets {@link #NOT_PLAIN_ASCII} and {@link #BACKSLASH},
   * so that the normalizer needs no pass of its own to tell them.
   */
  static int steps(String text) {
    return steps(text, false);
  }

  /**
   * {@link #steps(String)}; with {@code asciiOnly}, just {@link #NOT_PLAIN_ASCII} as soon as a char
   * other than plain ASCII shows up (the caller normalizes such text first and asks again).
   */
  static int steps(String text, boolean asciiOnly) {
    int n = text.length();
    int steps = 0;
    int digitWords = 0;
    boolean dot = false;
    int chars = 0; // every letter or'ed: a non-ASCII one sets a bit above 0x7F
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isLetter(c)) {
        int b = i;
        boolean d = false;
        int h = 0;
        do {
          if (c >= 0x80 && asciiOnly) {
            return NOT_PLAIN_ASCII;
          }
          chars |= c;
          d |= (c | 0x20) == 'd';
          h = 31 * h + caseKey(c);
          i++;
        } while (i < n && isLetter(c = text.charAt(i)));
        int len = i - b;
        if (d && !dot && len >= 3) {
          dot = containsIgnoreCase(text, b, i, "dot");
        }
        if (len >= 2 && len <= MAX_WORD && mayBeDigitWord(h)) {
          Character w = digitWord(text, b, i);
          if (w != null && w != '-') {
            digitWords++;
          }
        }
        continue;
      }
      if (c == ' ') {
        if (i + 4 < n && text.charAt(i + 2) == ' ' && text.charAt(i + 4) == ' ') {
          steps |= STEP_SPACED;
        }
      } else if (c == '\n') {
        steps |= STEP_LINES;
      } else if (c == '\\') {
        steps |= BACKSLASH;
      } else if (c >= 0x7F || c < 0x20 && c != '\r' && c != '\t') {
        if (asciiOnly) {
          return NOT_PLAIN_ASCII;
        }
        steps |= NOT_PLAIN_ASCII;
      }
      i++;
    }
    if (chars >= 0x80) {
      steps |= NOT_PLAIN_ASCII;
    }
    if (digitWords >= MIN_DIGITS) {
      steps |= STEP_WORDS;
    }
    return dot ? steps | STEP_EMAILS : steps;
  }

  /**
   * A char's case-insensitive identity: two chars that {@link String#regionMatches(boolean, int,
   * String, int, int)} equates ignoring case have the same key, so a word's hash over keys is the
   * same as that of every digit word it matches.
   */
  private static int caseKey(char c) {
    return c < 0x80 ? c | 0x20 : Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Hashes (over {@link #caseKey}) of the digit words, as bits: most words are ruled out by one test. */
  private static final long[] DIGIT_WORD_HASHES = digitWordHashes();

  private static long[] digitWordHashes() {
    long[] bits = new long[64];
    for (String w : DIGIT_WORDS.keySet()) {
      int h = 0;
      for (int k = 0; k < w.length(); k++) {
        h = 31 * h + caseKey(w.charAt(k));
      }
      int slot = spread(h);
      bits[slot >>> 6] |= 1L << slot;
    }
    return bits;
  }

  private static boolean mayBeDigitWord(int hash) {
    int slot = spread(hash);
    return (DIGIT_WORD_HASHES[slot >>> 6] & 1L << slot) != 0;
  }

  /** 12 well-mixed bits of a word hash. */
  private static int spread(int h) {
    return (h * 0x9E3779B9) >>> 20;
  }

  /** {@link Character#isLetter}, without the call for ASCII. */
  private static boolean isLetter(char c) {
    return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  /** Whether {@code text[from, to)} contains {@code word} (ASCII, lower case), ignoring case. */
  private static boolean containsIgnoreCase(String text, int from, int to, String word) {
    char first = word.charAt(0);
    for (int i = from, last = to - word.length(); i <= last; i++) {
      if ((text.charAt(i) | 0x20) == first && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Values spelled out one character at a time: "5 3 6 - 2 2 - 8 1 1 9" to "536-22-8119", "D E 8 9
   * 3 7 ..." to "DE8937...", "j . s m i t h @ e x a m p l e . c o m" to "j.smith@example.com". A run
   * is single-character tokens separated by single spaces. It is joined when it holds at least
   * {@link #MIN_DIGITS} digits (then it may contain capital letters, as IBANs do, and is cut after
   * its last digit) or an '@' followed by a '.' (an e-mail address; then any letters).
   */
  static void spacedDigits(String text, Rewrite rw) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || (i > 0 && isTokenChar(text.charAt(i - 1)))
          || (i + 1 < n && isTokenChar(text.charAt(i + 1)))) {
        i++;
        continue;
      }
      // i starts a candidate run: token (space token)*
      int digits = 0;
      int at = -1;
      boolean dotAfterAt = false;
      int lastDigitEnd = i;
      int lastAlnumEnd = i;
      int j = i;
      while (j < n) {
        char t = text.charAt(j);
        boolean single = j + 1 >= n || !isTokenChar(text.charAt(j + 1));
        if (!single || !(Character.isLetterOrDigit(t) || SPACED_PUNCTUATION.indexOf(t) >= 0)) {
          break;
        }
        if (isDigit(t)) {
          digits++;
          lastDigitEnd = j + 1;
        } else if (t == '@') {
          at = at < 0 ? j : at;
        } else if (t == '.' && at >= 0) {
          dotAfterAt = true;
        }
        if (Character.isLetterOrDigit(t)) {
          lastAlnumEnd = j + 1;
        }
        if (j + 2 < n && text.charAt(j + 1) == ' ' && text.charAt(j + 2) != ' ') {
          j += 2;
        } else {
          j++;
          break;
        }
      }
      boolean email = at > i && dotAfterAt && lastAlnumEnd > at;
      int end = email ? lastAlnumEnd : lastDigitEnd;
      int lastLower = digits >= MIN_DIGITS ? lastLower(text, i, end) : -1;
      if (email || (digits >= MIN_DIGITS && lastLower < 0)) {
        int[] from = new int[(end - i + 1) / 2];
        int k = 0;
        StringBuilder out = new StringBuilder(from.length);
        for (int p = i; p < end; p++) {
          if (text.charAt(p) != ' ') {
            out.append(text.charAt(p));
            from[k++] = p;
          }
        }
        from = java.util.Arrays.copyOf(from, k);
        int[] to = new int[k];
        for (int q = 0; q < k; q++) {
          to[q] = from[q] + 1;
        }
        rw.add(new Rewrite.Edit(i, end, out.toString(), from, to));
        i = end;
      } else if (lastLower >= 0) {
        i = lastLower + 1; // a digit run takes capitals only: retry after the last small letter
      } else {
        i = Math.max(i + 1, j);
      }
    }
  }

  /** Index of the last lower-case letter in {@code text[from, end)}, or -1. */
  private static int lastLower(String text, int from, int end) {
    for (int p = end - 1; p >= from; p--) {
      if (Character.isLowerCase(text.charAt(p))) {
        return p;
      }
    }
    return -1;
  }

  /**
   * "five three six two two eight one one nine" to "536228119" (en, de, fr, es, it, nl words).
   * Words may be separated by up to three of {@code " -,()+./"}; capitals of up to four letters
   * between digit words are kept ("GB two nine NWBK six ..." reads "GB29NWBK6..."), as is a
   * two-capital prefix ("DE eight nine ..." reads "DE89..."), since IBANs and other identifiers mix
   * them in.
   */
  static void digitWords(String text, Rewrite rw) {
    int n = text.length();
    Run run = new Run(text);
    int prevStart = -1;
    int prevEnd = -1;
    int i = 0;
    while (i < n) {
      int ws = i;
      while (ws < n && !Character.isLetter(text.charAt(ws))) {
        ws++;
      }
      if (ws >= n) {
        break;
      }
      int we = ws;
      while (we < n && Character.isLetter(text.charAt(we))) {
        we++;
      }
      i = we;
      Character d = digitWord(text, ws, we);
      boolean gapOk = run.isEmpty() || onlySeparators(text, run.end, ws);
      if (d != null) {
        if (!gapOk) {
          run.flush(rw);
        }
        if (run.isEmpty() && prevStart >= 0 && prevEnd - prevStart == 2 && ws - prevEnd == 1
            && isCapitals(text, prevStart, prevEnd) && text.charAt(prevEnd) == ' ') {
          run.addLiteral(prevStart, prevEnd);
        }
        run.commitPending();
        run.addDigit(ws, we, d);
      } else if (!run.isEmpty() && gapOk && we - ws <= 4 && isCapitals(text, ws, we)) {
        run.pend(ws, we);
      } else {
        run.flush(rw);
      }
      prevStart = ws;
      prevEnd = we;
    }
    run.flush(rw);
  }

  /** A run of digit words being collected by {@link #digitWords}. */
  private static final class Run {
    final String source;
    final StringBuilder out = new StringBuilder();
    final List<int[]> ranges = new ArrayList<>();
    int start = -1;
    int end = -1;
    int digits;
    int pendingStart = -1;
    int pendingEnd = -1;

    Run(String source) {
      this.source = source;
    }

    boolean isEmpty() {
      return start < 0;
    }

    void addLiteral(int from, int to) {
      if (start < 0) {
        start = from;
      }
      for (int k = from; k < to; k++) {
        out.append(source.charAt(k));
        ranges.add(new int[] {k, k + 1});
      }
      end = to;
    }

    void addDigit(int from, int to, char d) {
      if (start < 0) {
        start = from;
      }
      out.append(d);
      ranges.add(new int[] {from, to});
      if (d != '-') {
        digits++;
      }
      end = to;
    }

    void pend(int from, int to) {
      if (pendingStart < 0) {
        pendingStart = from;
      }
      pendingEnd = to;
      end = to;
    }

    void commitPending() {
      if (pendingStart >= 0) {
        for (int k = pendingStart; k < pendingEnd; k++) {
          if (Character.isLetter(source.charAt(k))) {
            out.append(source.charAt(k));
            ranges.add(new int[] {k, k + 1});
          }
        }
      }
      pendingStart = -1;
    }

    void flush(Rewrite rw) {
      if (start >= 0 && digits >= MIN_DIGITS) {
        // trailing "dash" words are not part of the value
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == '-') {
          len--;
        }
        int[] from = new int[len];
        int[] to = new int[len];
        for (int k = 0; k < len; k++) {
          from[k] = ranges.get(k)[0];
          to[k] = ranges.get(k)[1];
        }
        rw.add(new Rewrite.Edit(start, to[len - 1], out.substring(0, len), from, to));
      }
      out.setLength(0);
      ranges.clear();
      start = -1;
      end = -1;
      digits = 0;
      pendingStart = -1;
    }
  }

  private static boolean isCapitals(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static boolean onlySeparators(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (" -,()+./".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line break inside a value ("536-22-\n8119", "john.smith@\nexample.com") is removed; one
   * between two digits becomes a space, so "4111 1111\n1111 1111" reads as one grouped number.
   */
  static void lineBreaks(String text, Rewrite rw) {
    int n = text.length();
    for (int i = text.indexOf('\n'); i >= 0 && i < n; i = text.indexOf('\n', i + 1)) {
      int s = i;
      while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t' || text.charAt(s - 1) == '\r')) {
        s--;
      }
      int e = i + 1;
      while (e < n && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
        e++;
      }
      if (s == 0 || e >= n) {
        continue;
      }
      char before = text.charAt(s - 1);
      char after = text.charAt(e);
      char afterNext = e + 1 < n ? text.charAt(e + 1) : ' ';
      if (joinsAcrossBreak(before, after, afterNext) || splitsAShortValue(text, s, e)) {
        rw.replace(s, e, "");
      } else if (isDigit(before) && isDigit(after)) {
        rw.replace(s, e, " ");
      }
    }
  }

  /**
   * A break with no space around it inside what reads as one value: between digits when a side
   * holds a separator and neither side has {@link #MIN_DIGITS} digits on its own ("536-2" and
   * "2-8119"; a list of complete numbers, one per line, keeps its lines), or inside the domain of
   * an e-mail address ("j.smith@clini" and "c-example.com").
   */
  private static boolean splitsAShortValue(String text, int s, int e) {
    if (e - s != 1 || (s > 0 && text.charAt(s - 1) == '\r')) {
      return false;
    }
    char before = text.charAt(s - 1);
    char after = text.charAt(e);
    int tokenStart = s;
    while (tokenStart > 0 && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    int tokenEnd = e;
    while (tokenEnd < text.length() && !Character.isWhitespace(text.charAt(tokenEnd))) {
      tokenEnd++;
    }
    if (isDigit(before) && isDigit(after)) {
      int digitsBefore = 0;
      int digitsAfter = 0;
      boolean separator = false;
      for (int k = tokenStart; k < s; k++) {
        char c = text.charAt(k);
        digitsBefore += isDigit(c) ? 1 : 0;
        separator |= c == '-' || c == '.' || c == '/';
      }
      for (int k = e; k < tokenEnd; k++) {
        char c = text.charAt(k);
        digitsAfter += isDigit(c) ? 1 : 0;
        separator |= c == '-' || c == '.' || c == '/';
      }
      return separator && digitsBefore < MIN_DIGITS && digitsAfter < MIN_DIGITS;
    }
    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      int at = -1;
      for (int k = s - 1; k > tokenStart && at < 0; k--) {
        char c = text.charAt(k);
        if (c == '@') {
          at = k;
        } else if (!isDomainChar(c)) {
          return false; // a dot: the address before the break may be complete; other characters: no domain
        }
      }
      if (at < 0) {
        return false;
      }
      // the rest must read as the end of a domain: "c-example.com", not "spring.datasource.url=..."
      int end = tokenEnd;
      while (end > e && ",;:)!?.".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      boolean dot = false;
      for (int k = e; k < end; k++) {
        char c = text.charAt(k);
        if (c == '.') {
          dot = true;
        } else if (!isDomainChar(c)) {
          return false;
        }
      }
      return dot;
    }
    return false;
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-';
  }

  private static boolean joinsAcrossBreak(char before, char after, char afterNext) {
    boolean afterWord = isDigit(after) || (after >= 'a' && after <= 'z');
    if (before == '-') {
      return isDigit(after);
    }
    if (before == '@' || before == '.') {
      return afterWord;
    }
    if ((after == '-' || after == '.' || after == '@') && Character.isLetterOrDigit(before)) {
      return Character.isLetterOrDigit(afterNext);
    }
    return false;
  }

  /** "jane dot doe at example dot com" to "jane.doe@example.com". */
  static void obfuscatedEmails(String text, Rewrite rw) {
    if (!containsIgnoreCase(text, "dot")) {
      return;
    }
    Matcher m = OBFUSCATED_EMAIL.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      StringBuilder out = new StringBuilder();
      List<int[]> ranges = new ArrayList<>();
      int p = s;
      while (p < e) {
        char c = text.charAt(p);
        if (Character.isLetterOrDigit(c) || "_%+-".indexOf(c) >= 0) {
          // a plain word char, unless it is a bare "at"/"dot" keyword between spaces
          int we = p;
          while (we < e && (Character.isLetterOrDigit(text.charAt(we)) || "_%+-".indexOf(text.charAt(we)) >= 0)) {
            we++;
          }
          String w = text.substring(p, we).toLowerCase(Locale.ROOT);
          boolean spaced = p > s && text.charAt(p - 1) == ' ' && we < e && text.charAt(we) == ' ';
          if (spaced && (w.equals("at") || w.equals("dot"))) {
            out.append(w.equals("at") ? '@' : '.');
            ranges.add(new int[] {p, we});
          } else {
            for (int k = p; k < we; k++) {
              out.append(text.charAt(k));
              ranges.add(new int[] {k, k + 1});
            }
          }
          p = we;
        } else if (c == '.' || c == '@') {
          out.append(c);
          ranges.add(new int[] {p, p + 1});
          p++;
        } else if ("[({<".indexOf(c) >= 0) {
          int close = p + 1;
          while (close < e && "])}>".indexOf(text.charAt(close)) < 0) {
            close++;
          }
          String w = text.substring(p + 1, Math.min(close, e)).trim().toLowerCase(Locale.ROOT);
          out.append(w.equals("at") ? '@' : '.');
          ranges.add(new int[] {p, Math.min(close + 1, e)});
          p = Math.min(close + 1, e);
        } else {
          p++; // whitespace around the keywords
        }
      }
      int[] from = new int[ranges.size()];
      int[] to = new int[ranges.size()];
      for (int k = 0; k < from.length; k++) {
        from[k] = ranges.get(k)[0];
        to[k] = ranges.get(k)[1];
      }
      rw.add(new Rewrite.Edit(s, e, out.toString(), from, to));
    }
  }

  static boolean containsIgnoreCase(String text, String word) {
    int n = text.length() - word.length();
    char first = word.charAt(0);
    for (int i = 0; i <= n; i++) {
      char c = text.charAt(i);
      if ((c | 0x20) == first && text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cheap test whether {@link #deobfuscate} could change plain ASCII text: a spaced digit pair, a
   * line break, a digit word or "dot". Lets the ASCII fast path skip the steps on most texts.
   */
  static boolean mayNeedDeobfuscation(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        return true;
      }
      if (c == '\n' && i > 0 && i + 1 < n) {
        char b = text.charAt(i - 1) == '\r' && i > 1 ? text.charAt(i - 2) : text.charAt(i - 1);
        if (isDigit(b) || b == '-' || b == '.' || b == '@' || Character.isLetterOrDigit(b)
            && "-.@".indexOf(text.charAt(i + 1)) >= 0) {
          return true;
        }
      }
      if (c == ' ' && i > 0 && i + 1 < n && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))
          && (i + 2 >= n || text.charAt(i + 2) == ' ')) {
        return true;
      }
      if (c == ' ' && i > 0 && i + 2 < n && text.charAt(i + 2) == ' ' && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1)) && (i == 1 || text.charAt(i - 2) == ' ')) {
        return true; // two single-character tokens in a row: maybe a value spelled out
      }
      if (c == '\n' && i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        for (int k = i - 1; k >= 0 && !Character.isWhitespace(text.charAt(k)); k--) {
          if (text.charAt(k) == '@') {
            return true; // a break inside an e-mail domain
          }
        }
      }
      if ((c == 'd' || c == 'D') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && text.regionMatches(true, i, "dot", 0, 3)) {
        return true;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        int we = i;
        while (we < n && we - i <= 7 && Character.isLetter(text.charAt(we))) {
          we++;
        }
        if (digitWord(text, i, we) != null) {
          return true;
        }
        i = we - 1;
      }
    }
    return false;
  }

  /**
   * The digit (or '-') the word {@code text[from, to)} spells, ignoring case, or null. Looks up
   * candidates by length and first letter, so no string is made for the many words that are not
   * digit words.
   */
  static Character digitWord(String text, int from, int to) {
    int len = to - from;
    if (len < 2 || len > MAX_WORD) {
      return null;
    }
    char first = Character.toLowerCase(text.charAt(from));
    if (first >= 128) {
      return null;
    }
    String[] candidates = WORDS_BY_SHAPE[len * 128 + first];
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      if (text.regionMatches(true, from, w, 0, len)) {
        return DIGIT_WORDS.get(w);
      }
    }
    return null;
  }

  private static String[][] wordsByShape() {
    String[][] index = new String[(MAX_WORD + 1) * 128][];
    for (String w : DIGIT_WORDS.keySet()) {
      int slot = w.length() * 128 + w.charAt(0);
      String[] old = index[slot];
      String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = w;
      index[slot] = grown;
    }
    return index;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isTokenChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static Map<String, Character> digitWords() {
    Map<String, Character> m = new java.util.HashMap<>();
    String[][] langs = {
      {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"},
      {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"},
      {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"},
      {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"},
      {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"},
      {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"},
    };
    for (String[] words : langs) {
      for (int d = 0; d < 10; d++) {
        m.putIfAbsent(words[d], (char) ('0' + d));
      }
    }
    m.put("oh", '0');
    m.put("zwo", '2');
    m.put("dash", '-');
    m.put("hyphen", '-');
    return Map.copyOf(m);
  }
}
