package dev.veil.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: the identifier patterns a first attempt would write, compiled with {@code
 * java.util.regex} and each run over the whole text with no prefilter and no validation. It finds
 * the same kinds of values as the rule detectors (SSN, card, IBAN, e-mail, phone, dates, IPv4, URL,
 * MRN with its key word, key-like tokens), so the ratio of Veil's time to this one's shows what
 * prefiltering and RE2/J cost or save. Thread-safe (patterns are immutable; matchers are per call).
 */
public final class NaiveRegexScanner {
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("\\b\\d{3}[- .]?\\d{2}[- .]?\\d{4}\\b"),
      Pattern.compile("\\b\\d(?:[ -]?\\d){11,18}\\b"),
      Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}\\b"),
      Pattern.compile("[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,24}\\b"),
      Pattern.compile("(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{3}\\)|\\d{3})[ .-]?\\d{3}[ .-]?\\d{4}\\b"),
      Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"),
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
      Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b"),
      Pattern.compile("\\b(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}\\b"),
      Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"']+|\\bwww\\.[^\\s<>\"']+"),
      Pattern.compile("(?i)\\b(?:MRN|medical record(?: number)?|chart)\\s*[#:]?\\s*\\d{6,10}\\b"),
      Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"));

  private NaiveRegexScanner() {}

  /** Number of patterns in the baseline. */
  public static int patternCount() {
    return PATTERNS.size();
  }

  /** Every match of every pattern as {@code [start, end)} pairs, pattern by pattern. */
  public static List<int[]> scan(String text) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }
}
