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
  /**
   * The pattern behind {@code ^}, for the anchored tries: RE2/J's {@code lookingAt} stops early only
   * when the pattern itself is anchored; without {@code ^} it steps on to the end of the input.
   */
  private final Pattern anchored;
  /** The pattern as a {@link Shape} when {@link #handMatched}, else null. */
  private final Shape shape;
  /** What finds the matches when {@link #handMatched}: {@link #handMatcher} or the shape. */
  private final WindowMatcher matcher;
  /** Id of {@link #digitSeparators} in {@link WindowFacts}' registry; -2 until first resolved. */
  private volatile int separatorSet = -2;

  protected PatternDetector(String id, EntityType type, String regex) {
    this.id = id;
    this.type = type;
    this.pattern = Pattern.compile(regex);
    // anchoredStarts()/anchoredFreeStarts() return constants, so calling them here is safe
    this.anchored = anchoredStarts() || anchoredFreeStarts() ? Pattern.compile("^(?:" + regex + ")") : null;
    this.shape = handMatched() ? Shape.compile(regex) : null; // a constant too
    WindowMatcher own = handMatched() ? handMatcher() : null;
    this.matcher = own != null ? own : shape;
  }

  /**
   * True to find the pattern's matches with a {@link Shape} compiled from the same regex instead of
   * RE2/J: the same matches (property-tested against RE2/J for every detector that says true), at a
   * fraction of the cost for the short fixed shapes of identifiers. The regex must lie in Shape's
   * subset. Must return a constant; the default is false. Matches then carry no groups: {@link
   * #score} reads the parts from the offsets.
   */
  protected boolean handMatched() {
    return false;
  }

  /**
   * With {@link #handMatched}: a matcher written for this detector's regex, to use instead of the
   * shape (the same matches as RE2/J, property-tested; linear in the window). Must return a
   * constant; the default, null, uses the shape.
   */
  protected WindowMatcher handMatcher() {
    return null;
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
    return detect(input, true);
  }

  /**
   * The findings with RE2/J running the pattern even where {@link #handMatched} is true: the
   * reference the shape is tested against. Same contract as {@link #detect}, slower.
   */
  public final List<Finding> detectWithPattern(DetectorInput input) {
    return detect(input, false);
  }

  private List<Finding> detect(DetectorInput input, boolean shapes) {
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
    int set = separators == null ? -1 : separatorSet(separators);
    Matcher matcher = null;
    WindowFacts facts = minDigits > 0 || minAlnum > 0 ? Scan.of(text).facts(text, w) : null;
    for (int k = 0; k + 1 < w.length; k += 2) {
      int from = w[k];
      int to = w[k + 1];
      if (facts != null) {
        int window = k >> 1;
        if (minDigits > 0 && (separators == null ? facts.digits(window)
            : set >= 0 ? facts.longestDigitRun(window, set)
            : Windows.longestDigitRun(text, from, to, separators)) < minDigits) {
          continue;
        }
        if (minAlnum > 0 && facts.longestAlnumRun(window) < minAlnum) {
          continue;
        }
      } else {
        if (minDigits > 0 && (separators == null ? Windows.digits(text, from, to)
            : Windows.longestDigitRun(text, from, to, separators)) < minDigits) {
          continue;
        }
        if (minAlnum > 0 && Windows.longestAlnumRun(text, from, to) < minAlnum) {
          continue;
        }
      }
      if (keywords != null && !Windows.windowHas(text, from, w[k + 1], keywords)) {
        continue;
      }
      if (!acceptWindow(text, from, to)) {
        continue;
      }
      if (shapes && shape != null) {
        out = shapeMatches(text, from, to, input.context(), out);
        continue;
      }
      if (anchoredFreeStarts() || anchoredStarts() && !needsSearch(text, from, to)) {
        out = anchoredMatches(text, from, to, input.context(), out, anchoredFreeStarts());
        continue;
      }
      CharSequence window = from == 0 && w[k + 1] == text.length() ? text : new Slice(text, from, w[k + 1]);
      matcher = matcher == null ? pattern.matcher(window) : matcher.reset(window); // one matcher per call
      Match match = new Match(matcher, from, input.context());
      while (matcher.find()) {
        out = add(out, score(text, match), text);
      }
    }
    return out == null ? List.of() : out;
  }

  /** The RE2/J pattern (for the tests that hold a shape against it). */
  final Pattern pattern() {
    return pattern;
  }

  /** The shape, or null when the detector is not {@link #handMatched}. */
  final Shape shape() {
    return shape;
  }

  private List<Finding> shapeMatches(String text, int from, int to, dev.veil.GuardContext context,
      List<Finding> out) {
    Match match = null;
    WindowMatcher w = matcher;
    for (long m = w.first(text, from, to); m >= 0; m = w.next(text, from, to, m)) {
      match = match == null ? new Match(text, context) : match;
      out = add(out, score(text, match.at((int) (m >>> 32), (int) m)), text);
    }
    return out;
  }

  private int separatorSet(String separators) {
    int id = separatorSet;
    if (id == -2) {
      id = WindowFacts.separatorSet(separators); // same string, same id: a race only registers it once
      separatorSet = id;
    }
    return id;
  }

  private static List<Finding> add(List<Finding> out, Finding f, String text) {
    if (f == null || f.end() > text.length()) {
      return out;
    }
    List<Finding> o = out == null ? new ArrayList<>() : out;
    o.add(f);
    return o;
  }

  /**
   * Whether the pattern is tried anchored at the positions {@link #mayStartAt} allows instead of
   * searched for at every position of a window: for large patterns, whose NFA is costly to run at
   * every char. Only for patterns every alternative of which starts with {@code \\b}. The matches are
   * those of the search: the leftmost start that matches, then the next from its end.
   */
  protected boolean anchoredStarts() {
    return false;
  }

  /**
   * Like {@link #anchoredStarts}, for patterns that start with no assertion (no {@code \\b}): the
   * pattern is tried anchored where {@link #mayStartAt} allows and right where the previous match
   * ended; {@code mayStartAt} must then allow every leftmost start the search could find.
   */
  protected boolean anchoredFreeStarts() {
    return false;
  }

  /**
   * With {@link #anchoredStarts}: true if {@link #mayStartAt} is false wherever the char is not an
   * ASCII digit (every match starts with a number). The possible starts are then read off the
   * scan's digit runs instead of testing every char of a window. The default is false.
   */
  protected boolean startsAtDigits() {
    return false;
  }

  /**
   * With {@link #anchoredStarts}: false where no match can start at {@code i} (the base class has
   * already checked that {@code \\b} holds there). Must be true wherever a match can start.
   */
  protected boolean mayStartAt(String text, int i) {
    return true;
  }

  /**
   * True if a possible start is a boundary before a non-word char (a capital with an accent right
   * after a letter): anchored on a slice starting there, {@code \\b} would not hold, so such a window
   * is searched as a whole.
   */
  private boolean needsSearch(String text, int from, int to) {
    if (startsAtDigits()) {
      return false; // a possible start is a digit, a word char: never a boundary before a non-word char
    }
    for (int i = from; i < to; i++) {
      if (!Re2Ascii.isWordChar(text.charAt(i)) && i > from && Re2Ascii.isWordChar(text.charAt(i - 1)) && mayStartAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  private List<Finding> anchoredMatches(String text, int from, int to, dev.veil.GuardContext context,
      List<Finding> out, boolean free) {
    if (!free && startsAtDigits()) {
      return anchoredAtDigitRuns(text, from, to, context, out);
    }
    Matcher m = null;
    int i = from;
    int segment = from; // where the search would resume: the window start or the end of the last match
    while (i < to) {
      boolean candidate = free ? i == segment || mayStartAt(text, i) : Re2Ascii.boundary(text, from, to, i) && mayStartAt(text, i);
      if (!candidate) {
        i++;
        continue;
      }
      Slice slice = new Slice(text, i, to);
      m = m == null ? anchored.matcher(slice) : m.reset(slice);
      if (!m.lookingAt()) {
        i++;
        continue;
      }
      out = add(out, score(text, new Match(m, i, context)), text);
      i = Math.max(i + m.end(), i + 1);
      segment = i;
    }
    return out;
  }

  /**
   * {@link #anchoredMatches} for {@link #startsAtDigits}: a start is a digit with {@code \\b} before
   * it, so the first digit of a run (or the window's first char); the positions are visited in the
   * same order, with the same skip past each match.
   */
  private List<Finding> anchoredAtDigitRuns(String text, int from, int to, dev.veil.GuardContext context,
      List<Finding> out) {
    Scan scan = Scan.of(text);
    Matcher m = null;
    int i = from; // the search resumes here (after the last match)
    int runs = scan.digitRunCount();
    for (int r = scan.firstDigitRunEndingAfter(from); r < runs; ) {
      int c = Math.max(from, scan.digitRunStart(r));
      if (c >= to) {
        break;
      }
      if (c < i) {
        r++; // the rest of this run follows a digit: no boundary there
        continue;
      }
      if (Re2Ascii.boundary(text, from, to, c) && mayStartAt(text, c)) {
        Slice slice = new Slice(text, c, to);
        m = m == null ? anchored.matcher(slice) : m.reset(slice);
        if (m.lookingAt()) {
          out = add(out, score(text, new Match(m, c, context)), text);
          i = Math.max(c + m.end(), c + 1);
          continue;
        }
      }
      i = c + 1;
      r++;
    }
    return out;
  }

  /**
   * Runs {@code pattern} over the windows of {@code text} and hands each match to {@code sink};
   * for detectors with more than one pattern.
   */
  protected static void forEachMatch(Pattern pattern, String text, int[] windows, dev.veil.GuardContext context,
      java.util.function.Consumer<Match> sink) {
    Matcher m = null;
    for (int k = 0; k + 1 < windows.length; k += 2) {
      int from = windows[k];
      CharSequence window = from == 0 && windows[k + 1] == text.length() ? text : new Slice(text, from, windows[k + 1]);
      m = m == null ? pattern.matcher(window) : m.reset(window);
      Match match = new Match(m, from, context);
      while (m.find()) {
        sink.accept(match);
      }
    }
  }

  /**
   * {@link #forEachMatch(Pattern, String, int[], dev.veil.GuardContext, java.util.function.Consumer)}
   * with a {@link Shape}: the same matches as its regex on RE2/J, found by hand. The {@link Match}
   * handed to {@code sink} is reused for the next match and carries no groups.
   */
  protected static void forEachMatch(Shape shape, String text, int[] windows, dev.veil.GuardContext context,
      java.util.function.Consumer<Match> sink) {
    Match match = null;
    for (int k = 0; k + 1 < windows.length; k += 2) {
      int from = windows[k];
      int to = windows[k + 1];
      for (long m = shape.first(text, from, to); m >= 0; m = shape.next(text, from, to, m)) {
        match = match == null ? new Match(text, context) : match;
        sink.accept(match.at((int) (m >>> 32), (int) m));
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
