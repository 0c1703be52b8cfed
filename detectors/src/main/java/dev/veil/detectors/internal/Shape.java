package dev.veil.detectors.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-run matcher for the small regexes of the format detectors (fixed shapes of digits,
 * letters and separators): the regex is parsed once into a tiny backtracking program that finds
 * exactly what RE2/J finds with the same regex (leftmost match, alternatives and greedy
 * repetitions tried in RE2's order of preference), without RE2/J's per-window machine set-up and
 * per-char automaton steps. Tried only where its first char can stand, and, for shapes that start
 * with {@code \b} and a digit, only at the starts of the text's digit runs.
 *
 * <p>The subset: literals, {@code \d}, {@code \s}, {@code \b}, {@code \.}, {@code \r}, {@code \n},
 * classes {@code [...]} and {@code [^...]} with ranges, groups {@code (...)} and {@code (?:...)}
 * (captures are not recorded), {@code |}, greedy {@code ?}, {@code *}, {@code +} and bounded
 * {@code {n}}/{@code {n,m}}, and a leading {@code (?i)}. Anything else is rejected at compile time.
 * {@code \b}, {@code \d} and {@code \s} are ASCII, as in RE2; {@code (?i)} folds ASCII letters and
 * adds the two non-ASCII chars that RE2's simple case folding puts in an ASCII letter's orbit
 * (U+017F long s for s, U+212A Kelvin sign for k). A repeated single class runs as one step that
 * takes the longest run and gives chars back one by one; a repeated group that can match the
 * empty string is rejected. Patterns must be free of ambiguous nested repetitions (backtracking is
 * not memoized); those of the detectors are. Immutable, thread-safe.
 */
public final class Shape implements WindowMatcher {
  private static final byte CLS = 0;
  private static final byte BOUND = 1;
  private static final byte SPLIT = 2;
  private static final byte JMP = 3;
  private static final byte MATCH = 4;
  /**
   * A class repeated greedily as one step: x = class, y = fewest, {@link #most} = most (-1: no
   * bound). It takes the longest run and gives chars back one by one, unless {@link #possessive}.
   */
  private static final byte STAR = 5;

  private final byte[] op;
  private final int[] x;
  private final int[] y;
  /** Per {@link #STAR}: the most chars it takes, or -1 for no bound. */
  private final int[] most;
  /**
   * Per {@link #STAR}: its class shares no char with what can follow it, and what follows cannot
   * match without taking a char. Giving a char back then leaves a char of the class where the rest
   * must start, which fails: only the longest run is tried, without recursion.
   */
  private final boolean[] possessive;
  private final Cls[] cls;
  /** Per class: its ASCII members as two bit masks (negation applied), the hot part of {@link Cls#has}. */
  private final long[] clsLo;
  private final long[] clsHi;
  private final Cls first;
  private final long firstLo;
  private final long firstHi;
  private final boolean nullable;
  private final boolean boundThenDigit;
  /**
   * k &gt; 0 if every match takes k chars of classes without an ASCII digit and then a digit (an
   * IBAN's two letters): its first digit starts a digit run, so only the starts of the text's digit
   * runs, less k, are tried. -1 otherwise.
   */
  private final int digitOffset;
  /** The first step is a {@link #STAR} of at least one char: a match never starts right after one of its chars. */
  private final Cls leadingRun;

  /** The same regex on RE2/J: the fallback when a search runs out of {@link Budget}. */
  private final com.google.re2j.Pattern fallback;

  private Shape(String regex, byte[] op, int[] x, int[] y, int[] most, Cls[] cls) {
    this.fallback = com.google.re2j.Pattern.compile(regex);
    this.op = op;
    this.x = x;
    this.y = y;
    this.most = most;
    this.cls = cls;
    this.clsLo = new long[cls.length];
    this.clsHi = new long[cls.length];
    for (int k = 0; k < cls.length; k++) {
      clsLo[k] = cls[k].negated ? ~cls[k].lo : cls[k].lo;
      clsHi[k] = cls[k].negated ? ~cls[k].hi : cls[k].hi;
    }
    Cls f = new Cls();
    boolean[] unbounded = new boolean[1];
    this.nullable = firstSet(0, f, false, unbounded, new boolean[2 * op.length]);
    this.first = f;
    this.firstLo = f.negated ? ~f.lo : f.lo;
    this.firstHi = f.negated ? ~f.hi : f.hi;
    this.boundThenDigit = !nullable && !unbounded[0] && f.onlyDigits();
    this.digitOffset = nullable ? -1 : digitOffset();
    this.leadingRun = op[0] == STAR && y[0] >= 1 && most[0] < 0 ? cls[x[0]] : null;
    this.possessive = new boolean[op.length];
    for (int pc = 0; pc < op.length; pc++) {
      if (op[pc] == STAR) {
        Cls next = new Cls();
        boolean rest = firstSet(pc + 1, next, false, new boolean[1], new boolean[2 * op.length]);
        possessive[pc] = !rest && cls[x[pc]].disjoint(next);
      }
    }
  }

  private boolean firstHas(char c) {
    if (c < 64) {
      return (firstLo >>> c & 1L) != 0;
    }
    if (c < 128) {
      return (firstHi >>> (c - 64) & 1L) != 0;
    }
    return first.has(c);
  }

  /** See {@link #digitOffset}: the fixed prefix of digit-free classes before a digit, or -1. */
  private int digitOffset() {
    int k = 0;
    for (int pc = 0; pc < op.length; pc++) {
      if (op[pc] == BOUND) {
        continue;
      }
      boolean fixed = op[pc] == CLS || op[pc] == STAR && y[pc] == most[pc] && y[pc] > 0;
      if (!fixed) {
        return -1;
      }
      Cls c = cls[x[pc]];
      if (c.onlyDigits()) {
        return k > 0 ? k : -1;
      }
      if (c.negated || (c.lo & 0x3FFL << '0') != 0) {
        return -1; // a digit may stand in the prefix
      }
      k += op[pc] == CLS ? 1 : y[pc];
    }
    return -1;
  }

  /** Whether class {@code k} holds {@code c}: a bit test for ASCII. */
  private boolean has(int k, char c) {
    if (c < 64) {
      return (clsLo[k] >>> c & 1L) != 0;
    }
    if (c < 128) {
      return (clsHi[k] >>> (c - 64) & 1L) != 0;
    }
    return cls[k].has(c);
  }

  /** Parses {@code regex}; throws {@link IllegalArgumentException} for anything outside the subset. */
  public static Shape compile(String regex) {
    return new Parser(regex).compile();
  }

  /**
   * Collects the classes that can consume the first char into {@code f}; returns true if MATCH is
   * reachable without consuming. {@code unbounded[0]} is set if some path reaches a class without
   * passing a {@code \b} first.
   */
  private boolean firstSet(int pc, Cls f, boolean bounded, boolean[] unbounded, boolean[] seen) {
    while (true) {
      int key = 2 * pc + (bounded ? 1 : 0);
      if (seen[key]) {
        return false; // a loop back to a state already followed
      }
      seen[key] = true;
      switch (op[pc]) {
        case CLS:
          f.add(cls[x[pc]]);
          unbounded[0] |= !bounded;
          return false;
        case STAR:
          f.add(cls[x[pc]]);
          unbounded[0] |= !bounded;
          if (y[pc] > 0) {
            return false;
          }
          pc++;
          break;
        case BOUND:
          bounded = true;
          pc++;
          break;
        case SPLIT:
          boolean a = firstSet(x[pc], f, bounded, unbounded, seen);
          pc = y[pc];
          if (a) {
            firstSet(pc, f, bounded, unbounded, seen);
            return true;
          }
          break;
        case JMP:
          pc = x[pc];
          break;
        default:
          return true;
      }
    }
  }

  /**
   * The first match in the window {@code [from, to)} of {@code text} that starts at or after
   * {@code start}, as {@code (start << 32) | end}, or -1: what RE2/J's {@code find} returns on the
   * window (with {@code \b} true at the window's edges as at a text's) after a match ending at
   * {@code start}.
   */
  @Override
  public long find(String text, int from, int to, int start) {
    Budget budget = new Budget(to - from);
    try {
      return search(text, from, to, start, budget);
    } catch (OutOfBudget e) {
      return fallbackFind(text, from, to, start);
    }
  }

  /** The first match in the window {@code [from, to)}, as {@link #find}; -1 if none. */
  @Override
  public long first(String text, int from, int to) {
    return from < to ? find(text, from, to, from) : -1;
  }

  /**
   * The match after {@code previous} (a result of {@link #first} or this method) in the same
   * window, as RE2/J's find loop continues: from the previous end, or one char further after an
   * empty match; -1 if none.
   */
  @Override
  public long next(String text, int from, int to, long previous) {
    int i = Math.max((int) previous, (int) (previous >>> 32) + 1);
    return i < to ? find(text, from, to, i) : -1;
  }

  /**
   * The window handed to RE2/J (same regex, same window, same start): what {@link #find} does when
   * the hand-run search has used up its {@link Budget}. The detectors' regexes never get here on
   * real text; a hostile one (long ambiguous runs) gets RE2/J's linear time instead of backtracking.
   */
  private long fallbackFind(String text, int from, int to, int start) {
    com.google.re2j.Matcher m = fallback.matcher(new Slice(text, from, to));
    if (start > to || !m.find(start - from)) {
      return -1;
    }
    return (long) (m.start() + from) << 32 | (m.end() + from);
  }

  private long search(String text, int from, int to, int start, Budget budget) {
    if (nullable) {
      for (int i = start; i <= to; i++) {
        int e = run(text, from, to, 0, i, budget);
        if (e >= 0) {
          return (long) i << 32 | e;
        }
      }
      return -1;
    }
    if (boundThenDigit) {
      return findAtDigitRuns(text, from, to, start, budget);
    }
    if (digitOffset > 0) {
      return findBeforeDigitRuns(text, from, to, start, budget);
    }
    for (int i = start; i < to; i++) {
      if (leadingRun != null && i > start && leadingRun.has(text.charAt(i - 1))) {
        continue; // a match here would extend to i - 1, which failed
      }
      if (firstHas(text.charAt(i))) {
        int e = run(text, from, to, 0, i, budget);
        if (e >= 0) {
          return (long) i << 32 | e;
        }
      }
    }
    return -1;
  }

  /**
   * {@link #find} for shapes whose every path passes {@code \b} and then takes a digit: only the
   * first digit of a run (or the window's or search's first char) can have the boundary before it.
   */
  private long findAtDigitRuns(String text, int from, int to, int start, Budget budget) {
    Scan scan = Scan.of(text);
    int runs = scan.digitRunCount();
    for (int r = scan.firstDigitRunEndingAfter(start); r < runs; r++) {
      int c = Math.max(start, scan.digitRunStart(r));
      if (c >= to) {
        break;
      }
      if (c == from || !Re2Ascii.isWordChar(text.charAt(c - 1))) {
        int e = run(text, from, to, 0, c, budget);
        if (e >= 0) {
          return (long) c << 32 | e;
        }
      }
    }
    return -1;
  }

  /**
   * {@link #find} for shapes with a {@link #digitOffset}: a match starts that many chars before the
   * first digit of a run (the char before that digit is no digit).
   */
  private long findBeforeDigitRuns(String text, int from, int to, int start, Budget budget) {
    Scan scan = Scan.of(text);
    int k = digitOffset;
    for (int r = scan.firstDigitRunEndingAfter(start + k), runs = scan.digitRunCount(); r < runs; r++) {
      int c = scan.digitRunStart(r);
      if (c >= to) {
        break;
      }
      if (c - k >= start) {
        int e = run(text, from, to, 0, c - k, budget);
        if (e >= 0) {
          return (long) (c - k) << 32 | e;
        }
      }
    }
    return -1;
  }

  /** Whether the shape matches at {@code i} of the window, anchored; the end, or -1. */
  public int matchAt(String text, int from, int to, int i) {
    try {
      return run(text, from, to, 0, i, new Budget(to - from));
    } catch (OutOfBudget e) {
      // leftmost-first: a match found from i that starts at i is the one anchored at i would find
      long found = fallbackFind(text, from, to, i);
      return found >= 0 && (int) (found >>> 32) == i ? (int) found : -1;
    }
  }

  private int run(String t, int from, int to, int pc, int pos, Budget budget) {
    return run(t, from, to, pc, pos, budget, 0);
  }

  private int run(String t, int from, int to, int pc, int pos, Budget budget, int depth) {
    if (depth > Budget.MAX_DEPTH) {
      throw OutOfBudget.INSTANCE;
    }
    while (true) {
      if (--budget.steps < 0) {
        throw OutOfBudget.INSTANCE;
      }
      switch (op[pc]) {
        case CLS:
          if (pos < to && has(x[pc], t.charAt(pos))) {
            pos++;
            pc++;
            break;
          }
          return -1;
        case BOUND:
          if (!Re2Ascii.boundary(t, from, to, pos)) {
            return -1;
          }
          pc++;
          break;
        case SPLIT:
          int e = run(t, from, to, x[pc], pos, budget, depth + 1);
          if (e >= 0) {
            return e;
          }
          pc = y[pc];
          break;
        case JMP:
          pc = x[pc];
          break;
        case STAR:
          int k0 = x[pc];
          int limit = most[pc] < 0 ? to : Math.min(to, pos + most[pc]);
          int n = 0;
          while (pos + n < limit && has(k0, t.charAt(pos + n))) {
            n++;
          }
          budget.steps -= n;
          if (n < y[pc]) {
            return -1;
          }
          if (n == y[pc] || possessive[pc]) {
            pos += n;
            pc++;
            break;
          }
          for (int k = n; k >= y[pc]; k--) {
            int r = run(t, from, to, pc + 1, pos + k, budget, depth + 1);
            if (r >= 0) {
              return r;
            }
          }
          return -1;
        default:
          return pos;
      }
    }
  }

  /**
   * Appends a random string the shape matches (ignoring {@code \\b}), walking the program with
   * random choices: test input that hits the shape, to be mutated into near misses.
   */
  void sample(java.util.Random random, StringBuilder out) {
    int pc = 0;
    while (op[pc] != MATCH) {
      switch (op[pc]) {
        case CLS -> {
          out.append(cls[x[pc]].pick(random));
          pc++;
        }
        case STAR -> {
          int k = y[pc] + random.nextInt(6);
          for (k = most[pc] < 0 ? k : Math.min(k, most[pc]); k > 0; k--) {
            out.append(cls[x[pc]].pick(random));
          }
          pc++;
        }
        case SPLIT -> pc = random.nextInt(4) == 0 ? y[pc] : x[pc];
        case JMP -> pc = x[pc];
        default -> pc++;
      }
    }
  }

  /**
   * What one {@link #find} may spend before the window goes to RE2/J: steps linear in the window
   * (far above what an identifier-shaped window needs) and a bounded recursion depth, so that the
   * backtracking never costs more than linear time or overflows the stack on hostile input.
   */
  private static final class Budget {
    static final int STEPS_PER_CHAR = 64;
    static final int MIN_STEPS = 4096;
    static final int MAX_DEPTH = 1024;
    int steps;

    Budget(int windowLength) {
      this.steps = MIN_STEPS + STEPS_PER_CHAR * Math.max(0, windowLength);
    }
  }

  /** Thrown (preallocated, no stack trace) when a search has used up its {@link Budget}. */
  private static final class OutOfBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final OutOfBudget INSTANCE = new OutOfBudget();

    private OutOfBudget() {
      super("hand-run shape out of budget", null, false, false);
    }
  }

  /** A set of chars: a bit per ASCII char and a short list of others. */
  private static final class Cls {
    long lo;
    long hi;
    char[] extra = new char[0];
    /** True: the class is every char but those listed ({@code [^...]}); also set by a union with one. */
    boolean negated;

    boolean has(char c) {
      return negated != listed(c);
    }

    private boolean listed(char c) {
      if (c < 64) {
        return (lo >>> c & 1L) != 0;
      }
      if (c < 128) {
        return (hi >>> (c - 64) & 1L) != 0;
      }
      for (char e : extra) {
        if (e == c) {
          return true;
        }
      }
      return false;
    }

    void add(char c) {
      if (negated) {
        throw new IllegalStateException();
      }
      if (c < 64) {
        lo |= 1L << c;
      } else if (c < 128) {
        hi |= 1L << (c - 64);
      } else if (!listed(c)) {
        extra = java.util.Arrays.copyOf(extra, extra.length + 1);
        extra[extra.length - 1] = c;
      }
    }

    void add(Cls o) {
      if (o.negated || negated) {
        // only first sets take unions with a negated class: keep it simple, every char may start
        lo = 0;
        hi = 0;
        extra = new char[0];
        negated = true;
        return;
      }
      lo |= o.lo;
      hi |= o.hi;
      for (char e : o.extra) {
        add(e);
      }
    }

    char pick(java.util.Random random) {
      StringBuilder all = new StringBuilder();
      for (char c = 0; c < 128; c++) {
        if (has(c) && (!negated || c > ' ')) {
          all.append(c);
        }
      }
      if (!negated) {
        all.append(extra);
      }
      return all.charAt(random.nextInt(all.length()));
    }

    /** True if no char is in both classes (false whenever either is negated). */
    boolean disjoint(Cls o) {
      if (negated || o.negated || (lo & o.lo) != 0 || (hi & o.hi) != 0) {
        return false;
      }
      for (char e : extra) {
        if (o.listed(e)) {
          return false;
        }
      }
      return true;
    }

    boolean onlyDigits() {
      return !negated && hi == 0 && extra.length == 0 && (lo & ~(0x3FFL << '0')) == 0 && lo != 0;
    }

    /** Case folding of the listed chars, before a negation is applied. */
    void fold() {
      for (char c = 'A'; c <= 'Z'; c++) {
        char l = (char) (c + 32);
        if (listed(c) || listed(l)) {
          add(c);
          add(l);
        }
      }
      if (listed('s')) {
        add('\u017F');
      }
      if (listed('k')) {
        add('\u212A');
      }
    }
  }

  // ---- parsing: regex -> tree -> program ----

  private interface Node {}

  private record ClsNode(Cls c) implements Node {}

  private record BoundNode() implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Alt(List<Node> branches) implements Node {}

  /** {@code max} -1: no upper bound. */
  private record Rep(Node body, int min, int max) implements Node {}

  private static final class Parser {
    private final String re;
    private int p;
    private boolean fold;
    private final List<Byte> ops = new ArrayList<>();
    private final List<int[]> args = new ArrayList<>();
    private final List<Cls> classes = new ArrayList<>();

    Parser(String re) {
      this.re = re;
    }

    Shape compile() {
      if (re.startsWith("(?i)")) {
        fold = true;
        p = 4;
      }
      Node n = alt();
      if (p != re.length()) {
        throw unsupported();
      }
      emit(n);
      add(MATCH, 0, 0);
      byte[] op = new byte[ops.size()];
      int[] x = new int[op.length];
      int[] y = new int[op.length];
      int[] most = new int[op.length];
      for (int i = 0; i < op.length; i++) {
        op[i] = ops.get(i);
        x[i] = args.get(i)[0];
        y[i] = args.get(i)[1];
        most[i] = args.get(i)[2];
      }
      return new Shape(re, op, x, y, most, classes.toArray(new Cls[0]));
    }

    private IllegalArgumentException unsupported() {
      return new IllegalArgumentException("regex outside the Shape subset at " + p + ": " + re);
    }

    private Node alt() {
      List<Node> branches = new ArrayList<>();
      branches.add(seq());
      while (p < re.length() && re.charAt(p) == '|') {
        p++;
        branches.add(seq());
      }
      return branches.size() == 1 ? branches.get(0) : new Alt(branches);
    }

    private Node seq() {
      List<Node> items = new ArrayList<>();
      while (p < re.length() && re.charAt(p) != '|' && re.charAt(p) != ')') {
        Node atom = atom();
        items.add(quantified(atom));
      }
      return new Seq(items);
    }

    private Node quantified(Node atom) {
      if (p >= re.length()) {
        return atom;
      }
      char c = re.charAt(p);
      if (c == '?') {
        p++;
        checkGreedy();
        return new Rep(atom, 0, 1);
      }
      if (c == '{') {
        int close = re.indexOf('}', p);
        if (close < 0) {
          throw unsupported();
        }
        String[] parts = re.substring(p + 1, close).split(",", -1);
        int min = Integer.parseInt(parts[0]);
        int max = parts.length == 1 ? min : Integer.parseInt(parts[1]);
        if (parts.length > 2 || max < min || max > 64) {
          throw unsupported();
        }
        p = close + 1;
        checkGreedy();
        return new Rep(atom, min, max);
      }
      if (c == '*' || c == '+') {
        p++;
        checkGreedy();
        if (!(atom instanceof ClsNode) && nullable(atom)) {
          throw unsupported(); // an empty iteration would loop
        }
        return new Rep(atom, c == '*' ? 0 : 1, -1);
      }
      return atom;
    }

    private static boolean nullable(Node n) {
      if (n instanceof ClsNode) {
        return false;
      }
      if (n instanceof BoundNode) {
        return true;
      }
      if (n instanceof Seq s) {
        return s.items().stream().allMatch(Parser::nullable);
      }
      if (n instanceof Alt a) {
        return a.branches().stream().anyMatch(Parser::nullable);
      }
      Rep r = (Rep) n;
      return r.min() == 0 || nullable(r.body());
    }

    private void checkGreedy() {
      if (p < re.length() && (re.charAt(p) == '?' || re.charAt(p) == '+' || re.charAt(p) == '*'
          || re.charAt(p) == '{')) {
        throw unsupported(); // lazy or stacked quantifiers
      }
    }

    private Node atom() {
      char c = re.charAt(p);
      switch (c) {
        case '(':
          p++;
          if (re.startsWith("?:", p)) {
            p += 2;
          } else if (p < re.length() && re.charAt(p) == '?') {
            throw unsupported();
          }
          Node inner = alt();
          if (p >= re.length() || re.charAt(p) != ')') {
            throw unsupported();
          }
          p++;
          return inner;
        case '[':
          return new ClsNode(bracket());
        case '\\':
          p++;
          if (p < re.length() && re.charAt(p) == 'b') {
            p++;
            return new BoundNode();
          }
          return new ClsNode(escape());
        case '.': case '^': case '$': case '*': case '+': case '?': case '{': case ')': case '|': case ']': case '}':
          throw unsupported();
        default:
          p++;
          Cls one = new Cls();
          one.add(c);
          return new ClsNode(folded(one));
      }
    }

    private Cls folded(Cls c) {
      if (fold) {
        c.fold();
      }
      return c;
    }

    private Cls escape() {
      if (p >= re.length()) {
        throw unsupported();
      }
      char e = re.charAt(p++);
      Cls c = new Cls();
      switch (e) {
        case 'd':
          for (char d = '0'; d <= '9'; d++) {
            c.add(d);
          }
          return c;
        case 'r':
          c.add('\r');
          return c;
        case 'n':
          c.add('\n');
          return c;
        case 's':
          for (char w : new char[] {'\t', '\n', '\f', '\r', ' '}) {
            c.add(w);
          }
          return c;
        case 't':
          c.add('\t');
          return c;
        default:
          if (Character.isLetterOrDigit(e)) {
            throw unsupported(); // \w, \p... not supported
          }
          c.add(e);
          return folded(c);
      }
    }

    private Cls bracket() {
      p++; // '['
      boolean negate = p < re.length() && re.charAt(p) == '^';
      if (negate) {
        p++;
      }
      Cls c = new Cls();
      while (p < re.length() && re.charAt(p) != ']') {
        char lo = re.charAt(p);
        if (lo == '\\') {
          p++;
          Cls esc = escape();
          c.add(esc);
          continue;
        }
        if (lo == '[') {
          throw unsupported();
        }
        p++;
        if (p + 1 < re.length() && re.charAt(p) == '-' && re.charAt(p + 1) != ']') {
          char hi = re.charAt(p + 1);
          if (hi == '\\' || hi < lo) {
            throw unsupported();
          }
          p += 2;
          for (char k = lo; k <= hi; k++) {
            c.add(k);
          }
        } else {
          c.add(lo);
        }
      }
      if (p >= re.length()) {
        throw unsupported();
      }
      p++; // ']'
      folded(c);
      c.negated = negate;
      return c;
    }

    // ---- program ----

    private int add(byte o, int a, int b) {
      return add(o, a, b, 0);
    }

    private int add(byte o, int a, int b, int c) {
      ops.add(o);
      args.add(new int[] {a, b, c});
      return ops.size() - 1;
    }

    private void emit(Node n) {
      if (n instanceof ClsNode c) {
        classes.add(c.c());
        add(CLS, classes.size() - 1, 0);
      } else if (n instanceof BoundNode) {
        add(BOUND, 0, 0);
      } else if (n instanceof Seq s) {
        for (Node i : s.items()) {
          emit(i);
        }
      } else if (n instanceof Alt a) {
        List<Integer> jumps = new ArrayList<>();
        for (int b = 0; b < a.branches().size(); b++) {
          boolean last = b == a.branches().size() - 1;
          int split = last ? -1 : add(SPLIT, 0, 0);
          if (split >= 0) {
            args.get(split)[0] = ops.size();
          }
          emit(a.branches().get(b));
          if (!last) {
            jumps.add(add(JMP, 0, 0));
            args.get(split)[1] = ops.size();
          }
        }
        for (int j : jumps) {
          args.get(j)[0] = ops.size();
        }
      } else if (n instanceof Rep r && r.body() instanceof ClsNode c) {
        // a repeated class, bounded or not, is one step (the same tries, in the same order, as the
        // chain of greedy optional copies it stands for)
        classes.add(c.c());
        add(STAR, classes.size() - 1, r.min(), r.max());
      } else if (n instanceof Rep r && r.max() < 0) {
        for (int k = 0; k < r.min(); k++) {
          emit(r.body());
        }
        int loop = add(SPLIT, 0, 0); // prefer one more iteration (greedy), else leave
        args.get(loop)[0] = ops.size();
        emit(r.body());
        add(JMP, loop, 0);
        args.get(loop)[1] = ops.size();
      } else if (n instanceof Rep r) {
        for (int k = 0; k < r.min(); k++) {
          emit(r.body());
        }
        List<Integer> splits = new ArrayList<>();
        for (int k = r.min(); k < r.max(); k++) {
          int split = add(SPLIT, 0, 0);
          args.get(split)[0] = ops.size(); // prefer taking one more (greedy)
          splits.add(split);
          emit(r.body());
        }
        for (int s : splits) {
          args.get(s)[1] = ops.size();
        }
      } else {
        throw new IllegalStateException();
      }
    }
  }
}
