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

  private static final Map<String, Character> DIGIT_WORDS = digitWords();

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
    Rewrite rw = new Rewrite(text);
    spacedDigits(text, rw);
    digitWords(text, rw);
    lineBreaks(text, rw);
    obfuscatedEmails(text, rw);
    return rw.isEmpty() ? Rewrite.Mapped.identity(text) : rw.apply();
  }

  /** "5 3 6 - 2 2 - 8 1 1 9" to "536-22-8119": single-char tokens separated by single spaces. */
  static void spacedDigits(String text, Rewrite rw) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c) || (i > 0 && isTokenChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      // i starts a candidate run: token (space token)*
      int digits = 0;
      int j = i;
      int lastDigitEnd = i;
      int lastDigits = 0;
      while (j < n) {
        char t = text.charAt(j);
        boolean single = j + 1 >= n || !isTokenChar(text.charAt(j + 1));
        if (!single || !(isDigit(t) || t == '-' || t == '.' || t == '/')) {
          break;
        }
        if (isDigit(t)) {
          digits++;
          lastDigitEnd = j + 1;
          lastDigits = digits;
        }
        if (j + 2 < n && text.charAt(j + 1) == ' ' && text.charAt(j + 2) != ' ') {
          j += 2;
        } else {
          j++;
          break;
        }
      }
      if (lastDigits >= MIN_DIGITS) {
        StringBuilder out = new StringBuilder();
        List<Integer> pos = new ArrayList<>();
        for (int k = i; k < lastDigitEnd; k++) {
          if (text.charAt(k) != ' ') {
            out.append(text.charAt(k));
            pos.add(k);
          }
        }
        int[] from = new int[pos.size()];
        int[] to = new int[pos.size()];
        for (int k = 0; k < from.length; k++) {
          from[k] = pos.get(k);
          to[k] = pos.get(k) + 1;
        }
        rw.add(new Rewrite.Edit(i, lastDigitEnd, out.toString(), from, to));
        i = lastDigitEnd;
      } else {
        i = Math.max(i + 1, j);
      }
    }
  }

  /** "five three six two two eight one one nine" to "536228119" (en, de, fr, es, it, nl words). */
  static void digitWords(String text, Rewrite rw) {
    int n = text.length();
    int i = 0;
    int runStart = -1;
    int runEnd = -1;
    int digits = 0;
    StringBuilder out = new StringBuilder();
    List<int[]> ranges = new ArrayList<>();
    while (i <= n) {
      // find next word
      int ws = i;
      while (ws < n && !Character.isLetter(text.charAt(ws))) {
        ws++;
      }
      int we = ws;
      while (we < n && Character.isLetter(text.charAt(we))) {
        we++;
      }
      Character d = null;
      boolean gapOk = runStart < 0 || onlySeparators(text, runEnd, ws);
      if (we > ws && we - ws <= 7) {
        d = DIGIT_WORDS.get(text.substring(ws, we).toLowerCase(Locale.ROOT));
      }
      if (d != null && gapOk) {
        if (runStart < 0) {
          runStart = ws;
        }
        out.append(d.charValue());
        ranges.add(new int[] {ws, we});
        if (d != '-') {
          digits++;
        }
        runEnd = we;
      } else {
        flushWords(rw, runStart, out, ranges, digits);
        runStart = -1;
        digits = 0;
        out.setLength(0);
        ranges.clear();
        if (d != null) {
          continue; // the word starts a new run; re-read it
        }
      }
      if (we >= n) {
        break;
      }
      i = we;
    }
    flushWords(rw, runStart, out, ranges, digits);
  }

  private static void flushWords(Rewrite rw, int runStart, StringBuilder out, List<int[]> ranges, int digits) {
    if (runStart < 0 || digits < MIN_DIGITS) {
      return;
    }
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
    rw.add(new Rewrite.Edit(runStart, to[len - 1], out.substring(0, len), from, to));
  }

  private static boolean onlySeparators(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '-' && c != ',') {
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
      if (joinsAcrossBreak(before, after, afterNext)) {
        rw.replace(s, e, "");
      } else if (isDigit(before) && isDigit(after)) {
        rw.replace(s, e, " ");
      }
    }
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
      if ((c == 'd' || c == 'D') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && text.regionMatches(true, i, "dot", 0, 3)) {
        return true;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        int we = i;
        while (we < n && we - i <= 7 && Character.isLetter(text.charAt(we))) {
          we++;
        }
        if (we - i <= 7 && DIGIT_WORDS.containsKey(text.substring(i, we).toLowerCase(Locale.ROOT))) {
          return true;
        }
        i = we - 1;
      }
    }
    return false;
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
