package dev.veil.detectors.health;

import dev.veil.EntityType;
import dev.veil.VeilException;
import dev.veil.detectors.internal.AhoCorasick;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A set of terms, each with the entity type it signals and a kind (e.g. {@code condition},
 * {@code drug}), matched in one pass with an Aho–Corasick automaton.
 *
 * <p>Matching: case- and accent-insensitive; only on word boundaries; English plural and possessive
 * endings ({@code s}, {@code es}, {@code 's}, {@code s'}) after a term are accepted and included in
 * the span. Where matches overlap, the leftmost and then longest wins. An exclusion phrase (e.g.
 * "Parkinson's law") removes every term it overlaps.
 *
 * <p>Term lines in files and in {@link Builder#add}: a term, optionally prefixed by {@code ?}
 * (ambiguous: callers report it only with supporting context) and/or {@code =} (case-sensitive,
 * for abbreviations such as {@code HTN}); lines starting with {@code #} and blank lines are skipped.
 *
 * <p>Immutable and thread-safe. Errors never quote a term.
 */
public final class Lexicon {

  /** One matched term: {@code [start, end)} (inflection included) and what the term signals. */
  public record Match(int start, int end, EntityType type, String kind, boolean ambiguous) {}

  private static final String[] SUFFIXES = {"'s", "s'", "es", "s"};

  private final SharedScan scan;
  /** Index of this lexicon's first entry among the patterns of {@link #scan}. */
  private final int offset;
  private final Entry[] entries;
  /**
   * The last text this thread looked up and its result: the health detector and the document
   * categorizer look up the same text in the same lexicon. The text is held weakly.
   */
  private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

  private record Entry(String term, EntityType type, String kind, boolean ambiguous,
      boolean caseSensitive, boolean exclusion) {}

  private Lexicon(SharedScan scan, int offset, Entry[] entries) {
    this.scan = scan;
    this.offset = offset;
    this.entries = entries;
  }

  /**
   * Lexicons that share one automaton: a text is scanned once for all of them (on one thread, the
   * raw hits of the last text are kept, weakly, for the others), then each keeps the hits of its
   * own terms, in the order its own automaton would have reported them. {@code extra} patterns
   * (folded, like the terms) are scanned too; {@link SharedScan#hits} hands their hits, numbered
   * from {@code extraOffset()}, to callers such as the lab-value finder.
   */
  static Group group(List<Builder> builders, List<String> extra) {
    AhoCorasick.Builder ac = AhoCorasick.builder();
    List<Entry[]> parts = new ArrayList<>();
    int[] offsets = new int[builders.size()];
    int n = 0;
    for (int i = 0; i < builders.size(); i++) {
      Entry[] e = builders.get(i).entries.toArray(new Entry[0]);
      offsets[i] = n;
      for (Entry x : e) {
        ac.add(x.term);
      }
      n += e.length;
      parts.add(e);
    }
    for (String x : extra) {
      ac.add(x);
    }
    SharedScan shared = new SharedScan(ac.build());
    List<Lexicon> lexicons = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      lexicons.add(new Lexicon(shared, offsets[i], parts.get(i)));
    }
    return new Group(List.copyOf(lexicons), shared, n);
  }

  /** The lexicons of {@link #group} and the scan they share; extra patterns start at {@code extraOffset}. */
  record Group(List<Lexicon> lexicons, SharedScan scan, int extraOffset) {}

  /** The raw automaton hits of one text: {@code [start, end)} and pattern, in scan order. */
  static class Hits {
    int[] starts = new int[32];
    int[] ends = new int[32];
    int[] patterns = new int[32];
    int size;

    void add(int start, int end, int p) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      patterns[size] = p;
      size++;
    }
  }

  /** One automaton and, per thread, the hits of the last text scanned (held weakly). */
  static final class SharedScan {
    private final AhoCorasick automaton;
    private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

    SharedScan(AhoCorasick automaton) {
      this.automaton = automaton;
    }

    /** Every raw hit in {@code text}; the same object for the same text on the same thread. */
    Hits hits(String text) {
      Object[] cache = last.get();
      if (cache[0] instanceof java.lang.ref.WeakReference<?> ref && ref.get() == text) {
        return (Hits) cache[1];
      }
      Hits h = new Hits();
      automaton.scan(text, h::add);
      cache[0] = new java.lang.ref.WeakReference<>(text);
      cache[1] = h;
      return h;
    }

    int size() {
      return automaton.size();
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of terms, exclusion phrases included. */
  public int size() {
    return entries.length;
  }

  /**
   * Finds the terms in {@code text}, sorted by start, non-overlapping. Cost: linear in the text
   * plus the number of raw automaton hits; a second look-up of the same text (by identity) on the same
   * thread returns the first result. The list is unmodifiable.
   */
  public List<Match> find(String text) {
    Object[] cache = last.get();
    if (cache[0] instanceof java.lang.ref.WeakReference<?> ref && ref.get() == text) {
      @SuppressWarnings("unchecked")
      List<Match> hit = (List<Match>) cache[1];
      return hit;
    }
    List<Match> result = compute(text);
    cache[0] = new java.lang.ref.WeakReference<>(text);
    cache[1] = result;
    return result;
  }

  private List<Match> compute(String text) {
    Candidates c = new Candidates();
    Hits h = scan.hits(text);
    for (int k = 0; k < h.size; k++) {
      int p = h.patterns[k] - offset;
      if (p >= 0 && p < entries.length) {
        accept(text, h.starts[k], h.ends[k], p, c);
      }
    }
    if (c.size == 0) {
      return List.of();
    }
    return java.util.Collections.unmodifiableList(c.resolve(entries));
  }

  private void accept(String text, int start, int end, int p, Candidates c) {
    Entry e = entries[p];
    if (start > 0 && isWordChar(text.charAt(start - 1))) {
      return;
    }
    if (e.caseSensitive && !text.regionMatches(start, e.term, 0, e.term.length())) {
      return;
    }
    int stop = end;
    if (end < text.length() && isWordChar(text.charAt(end)) || end < text.length() && isApostrophe(text.charAt(end))) {
      stop = -1;
      for (String suffix : SUFFIXES) {
        int to = end + suffix.length();
        if (to <= text.length() && suffixAt(text, end, suffix)
            && (to == text.length() || !isWordChar(text.charAt(to)))) {
          stop = to;
          break;
        }
      }
      if (stop < 0) {
        if (!isWordChar(text.charAt(end))) {
          stop = end; // an apostrophe that is not a possessive, e.g. a closing quote
        } else {
          return;
        }
      }
    }
    c.add(start, stop, p);
  }

  private static boolean suffixAt(String text, int at, String suffix) {
    for (int i = 0; i < suffix.length(); i++) {
      char t = AhoCorasick.fold(text.charAt(at + i));
      if (t != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  static boolean isWordChar(char c) {
    return Chars.isLetterOrDigit(c);
  }

  /** Raw hits collected during one scan (per call, so the lexicon stays stateless). */
  private static final class Candidates extends Hits {
    List<Match> resolve(Entry[] entries) {
      // hits arrive ordered by end offset, so nearly ordered by start: insertion sort is ~linear
      // and, unlike Arrays.sort with a comparator, boxes nothing
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        int j = i;
        while (j > 0 && before(i, order[j - 1])) {
          order[j] = order[j - 1];
          j--;
        }
        order[j] = i;
      }
      List<int[]> excluded = null;
      for (int i = 0; i < size; i++) {
        if (entries[patterns[i]].exclusion) {
          if (excluded == null) {
            excluded = new ArrayList<>();
          }
          excluded.add(new int[] {starts[i], ends[i]});
        }
      }
      List<Match> out = new ArrayList<>();
      int lastEnd = -1;
      for (int i : order) {
        Entry e = entries[patterns[i]];
        if (e.exclusion || starts[i] < lastEnd
            || excluded != null && overlapsAny(excluded, starts[i], ends[i])) {
          continue;
        }
        out.add(new Match(starts[i], ends[i], e.type, e.kind, e.ambiguous));
        lastEnd = ends[i];
      }
      return out;
    }

    /** Leftmost first, then longest first. */
    private boolean before(int a, int b) {
      return starts[a] != starts[b] ? starts[a] < starts[b] : ends[a] > ends[b];
    }

    private static boolean overlapsAny(List<int[]> ranges, int start, int end) {
      for (int[] r : ranges) {
        if (start < r[1] && r[0] < end) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public String toString() {
    return "Lexicon[terms=" + entries.length + "]";
  }

  /** Collects terms; not thread-safe. {@link #build()} may be called more than once. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds one term line (see the class doc for the {@code ?} and {@code =} prefixes).
     *
     * @throws VeilException if the term is blank
     */
    public Builder add(EntityType type, String kind, String termLine) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(termLine, "term");
      boolean ambiguous = false;
      boolean caseSensitive = false;
      String t = termLine.strip();
      while (!t.isEmpty() && (t.charAt(0) == '?' || t.charAt(0) == '=')) {
        ambiguous |= t.charAt(0) == '?';
        caseSensitive |= t.charAt(0) == '=';
        t = t.substring(1);
      }
      if (t.isBlank()) {
        throw new VeilException("lexicon term is blank (kind " + kind + ")");
      }
      entries.add(new Entry(caseSensitive ? t : AhoCorasick.fold(t), type, kind, ambiguous,
          caseSensitive, false));
      return this;
    }

    public Builder addAll(EntityType type, String kind, Collection<String> termLines) {
      for (String t : termLines) {
        add(type, kind, t);
      }
      return this;
    }

    /** Adds a phrase whose occurrences suppress every term they overlap. */
    public Builder exclude(String phrase) {
      if (phrase == null || phrase.isBlank()) {
        throw new VeilException("lexicon exclusion phrase is blank");
      }
      entries.add(new Entry(AhoCorasick.fold(phrase.strip()), EntityType.OTHER_ID, "exclusion",
          false, false, true));
      return this;
    }

    /**
     * Adds the term lines of a UTF-8 file.
     *
     * @throws VeilException if it cannot be read (the message names the file, never its content)
     */
    public Builder addFile(EntityType type, String kind, Path file) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return addAll(type, kind, lines(r));
      } catch (IOException | UncheckedIOException e) {
        throw new VeilException("cannot read lexicon file " + file.getFileName(), e);
      }
    }

    /** Adds the exclusion phrases of a UTF-8 file (one a line). */
    public Builder excludeFile(Path file) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        lines(r).forEach(this::exclude);
        return this;
      } catch (IOException | UncheckedIOException e) {
        throw new VeilException("cannot read lexicon file " + file.getFileName(), e);
      }
    }

    /** Adds the term lines of a class-path resource (relative to {@code anchor}'s package). */
    public Builder addResource(EntityType type, String kind, Class<?> anchor, String name) {
      return addAll(type, kind, resourceLines(anchor, name));
    }

    /** Adds the exclusion phrases of a class-path resource. */
    public Builder excludeResource(Class<?> anchor, String name) {
      resourceLines(anchor, name).forEach(this::exclude);
      return this;
    }

    public Lexicon build() {
      return group(List.of(this), List.of()).lexicons().get(0);
    }
  }

  /** Non-comment, non-blank lines of a class-path resource. */
  static List<String> resourceLines(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new VeilException("lexicon resource missing: " + name);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return lines(r);
    } catch (IOException e) {
      throw new VeilException("cannot read lexicon resource " + name, e);
    }
  }

  private static List<String> lines(Reader r) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader br = new BufferedReader(r);
    for (String line = br.readLine(); line != null; line = br.readLine()) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s);
      }
    }
    return out;
  }
}
