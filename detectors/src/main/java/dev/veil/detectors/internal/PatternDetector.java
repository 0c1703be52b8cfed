package dev.veil.detectors.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Base of the pattern detectors. A cheap prefilter ({@link #mayContain}) decides whether the RE2/J
 * pattern can match at all; {@link #windows} narrows the text to the parts where it can (by
 * default around tokens that hold a digit); the pattern runs only there, and each match is scored
 * by {@link #score} (which validates checksums and looks for context words). Subclasses are
 * immutable and thread-safe.
 */
public abstract class PatternDetector implements Detector {
  /** Default characters of a digit window before and after its cluster (widened to whole tokens). */
  protected static final int WINDOW = 2;

  private final String id;
  private final EntityType type;
  private final Pattern pattern;

  protected PatternDetector(String id, EntityType type, String regex) {
    this.id = id;
    this.type = type;
    this.pattern = Pattern.compile(regex);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(type);
  }

  protected final EntityType type() {
    return type;
  }

  /** False when the text cannot contain a match (e.g. no '@' for e-mail); the default is true. */
  protected boolean mayContain(String text) {
    return true;
  }

  /**
   * Start, end pairs of the parts of {@code text} to run the pattern on, sorted and disjoint. The
   * default is the neighbourhood of every token that contains a digit; detectors of values without
   * digits override it.
   */
  protected int[] windows(String text) {
    return Windows.aroundDigitsShared(text, WINDOW, WINDOW);
  }

  /**
   * Fewest digits a window must hold for the pattern to match there (a US SSN has nine); windows
   * with fewer are skipped without running the regex. The default, 0, runs every window.
   */
  protected int minDigits() {
    return 0;
  }

  /**
   * The characters the pattern allows between two digits of one match, at most one at a time
   * (e.g. {@code "- ."} for {@code \\d{3}[- .]?\\d{2}...}); when set, a window is skipped unless it
   * holds a run of {@link #minDigits} digits joined only by single such characters, a stricter and
   * equally safe test than counting its digits. Null (the default) counts all digits of the window.
   */
  protected String digitSeparators() {
    return null;
  }

  /**
   * Fewest consecutive ASCII letters and digits a match spans (17 for a VIN); windows without such
   * a run are skipped. The default, 0, skips none.
   */
  protected int minAlnumRun() {
    return 0;
  }

  /**
   * A cheap test, in Java, that the pattern can match in {@code [from, to)}; false skips the window
   * without running the regex. Must never reject a window in which the pattern matches. The default
   * accepts every window.
   */
  protected boolean acceptWindow(String text, int from, int to) {
    return true;
  }

  /**
   * Lower-case words of which one must occur in a window for the pattern to run there (for
   * instance month names for a date pattern); null (the default) runs it in every window.
   */
  protected String[] windowKeywords() {
    return null;
  }

  /**
   * Scores one match, or returns null to drop it.
   *
   * @param text the whole (normalized) text
   * @param m the match, with offsets into {@code text}
   */
  protected abstract Finding score(String text, Match m);

  @Override
  public List<Finding> detect(DetectorInput input) {
    String text = input.text();
    if (text.isEmpty() || !mayContain(text)) {
      return List.of();
    }
    List<Finding> out = null;
    int[] w = windows(text);
    String[] keywords = windowKeywords();
    int minDigits = minDigits();
    String separators = digitSeparators();
    int minAlnum = minAlnumRun();
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      if (minDigits > 0 && (separators == null ? Windows.digits(text, from, to)
          : Windows.longestDigitRun(text, from, to, separators)) < minDigits) {
        continue;
      }
      if (minAlnum > 0 && Windows.longestAlnumRun(text, from, to) < minAlnum) {
        continue;
      }
      if (keywords != null && !Windows.windowHas(text, from, w[k + 1], keywords)) {
        continue;
      }
      if (!acceptWindow(text, from, to)) {
        continue;
      }
      Matcher m = pattern.matcher(from == 0 && w[k + 1] == text.length() ? text : new Slice(text, from, w[k + 1]));
      Match match = new Match(m, from, input.context());
      while (m.find()) {
        Finding f = score(text, match);
        if (f != null && f.end() <= text.length()) {
          if (out == null) {
            out = new ArrayList<>();
          }
          out.add(f);
        }
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Runs {@code pattern} over the windows of {@code text} and hands each match to {@code sink};
   * for detectors with more than one pattern.
   */
  protected static void forEachMatch(Pattern pattern, String text, int[] windows, dev.veil.GuardContext context,
      java.util.function.Consumer<Match> sink) {
    for (int k = 0; k + 1 < windows.length; k += 2) {
      int from = windows[k];
      Matcher m = pattern.matcher(from == 0 && windows[k + 1] == text.length() ? text : new Slice(text, from, windows[k + 1]));
      Match match = new Match(m, from, context);
      while (m.find()) {
        sink.accept(match);
      }
    }
  }

  /** The whole text as the only window. */
  protected static int[] wholeText(String text) {
    return new int[] {0, text.length()};
  }

  protected final Finding finding(int start, int end, double score) {
    return Finding.of(type, start, end, Math.max(0.0, Math.min(1.0, score)), id);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }

  /** True if {@code text} contains an ASCII digit. */
  protected static boolean hasDigit(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
