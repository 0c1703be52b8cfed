package dev.veil.internal.transform;

import dev.veil.EntityType;
import dev.veil.transform.Pseudonym;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds surrogates of one conversation in a model's answer, tolerating the small changes models
 * make: case, whitespace (up to {@value #MAX_WS} characters where the surrogate has one, or around
 * a tag's parts, line breaks included), the brackets of a tag, and the separators of a number.
 *
 * <p>Every decision at index {@code i} reads only {@code text[i-1 .. i + maxSpan()]}, which is what
 * makes the streaming restorer give the same result as the batch one. Immutable, thread-safe.
 */
public final class RestoreIndex {
  /** Whitespace a model may put where the surrogate has one space, or inside a tag. */
  public static final int MAX_WS = 3;
  /** Separators a model may write between the digits of a number, per gap. */
  private static final int MAX_SEP = 2;
  private static final int MAX_TAG_NUMBER_DIGITS = 6;

  private static final Set<String> TYPE_NAMES = new HashSet<>();
  private static final int MAX_TYPE_LENGTH;

  static {
    int max = 0;
    for (EntityType t : EntityType.values()) {
      TYPE_NAMES.add(t.name());
      max = Math.max(max, t.name().length());
    }
    MAX_TYPE_LENGTH = max;
  }

  private final Map<String, Pseudonym> tags = new HashMap<>();
  private final Map<String, Pseudonym> digits = new HashMap<>();
  private final Map<Character, List<Pseudonym>> texts = new HashMap<>();
  private final int maxDigits;
  private final int maxSpan;

  /** A match: the text in {@code [start, end)} is replaced by {@code replacement}. */
  public record Match(int start, int end, String replacement) {}

  public RestoreIndex(List<Pseudonym> pseudonyms) {
    int md = 0;
    int mt = 0;
    for (Pseudonym p : pseudonyms) {
      String key = RestoreKeys.key(p.surrogate(), p.original());
      String body = key.substring(2);
      switch (key.charAt(0)) {
        case 'T' -> tags.putIfAbsent(body, p);
        case 'D' -> {
          digits.putIfAbsent(body, p);
          md = Math.max(md, body.length());
        }
        default -> {
          texts.computeIfAbsent(Character.toLowerCase(p.surrogate().charAt(0)), c -> new ArrayList<>()).add(p);
          mt = Math.max(mt, flexLength(p.surrogate()));
        }
      }
    }
    for (Pseudonym p : nameParts(pseudonyms)) {
      texts.computeIfAbsent(Character.toLowerCase(p.surrogate().charAt(0)), c -> new ArrayList<>()).add(p);
    }
    for (List<Pseudonym> l : texts.values()) {
      l.sort(Comparator.comparingInt((Pseudonym p) -> p.surrogate().length()).reversed());
    }
    this.maxDigits = md;
    int tagSpan = tags.isEmpty() ? 0 : 1 + MAX_WS + MAX_TYPE_LENGTH + MAX_WS + 1 + MAX_WS + MAX_TAG_NUMBER_DIGITS + MAX_WS + 1;
    int digitSpan = md == 0 ? 0 : md + (md - 1) * MAX_SEP;
    this.maxSpan = Math.max(tagSpan, Math.max(digitSpan, mt)) + 4; // slack for look-ahead reads
  }

  /**
   * Models often write a person by one part of the name ("Ms. Abernethy", "Hi Anouk"): the first
   * and last part of a multi-part surrogate name restore to the same part of the original, unless
   * that part is ambiguous (two originals) or is itself a whole surrogate.
   */
  private static List<Pseudonym> nameParts(List<Pseudonym> pseudonyms) {
    Map<String, Pseudonym> parts = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> whole = new HashSet<>();
    for (Pseudonym p : pseudonyms) {
      whole.add(RestoreKeys.folded(p.surrogate()));
    }
    for (Pseudonym p : pseudonyms) {
      if (p.type() != EntityType.PERSON || !p.operator().startsWith("surrogate")) {
        continue;
      }
      String[] s = p.surrogate().trim().split("\\s+");
      String[] o = p.original().trim().split("\\s+");
      if (s.length < 2 || s.length != o.length) {
        continue;
      }
      int first = s[0].endsWith(".") ? 1 : 0; // a title is not a name part
      for (int i : new int[] {first, s.length - 1}) {
        if (s[i].endsWith(".") || s[i].equalsIgnoreCase(o[i])) {
          continue;
        }
        String key = RestoreKeys.folded(s[i]);
        Pseudonym part = new Pseudonym(p.type(), p.operator(), s[i], o[i]);
        Pseudonym before = parts.putIfAbsent(key, part);
        if (before != null && !before.original().equals(o[i])) {
          ambiguous.add(key);
        }
      }
    }
    List<Pseudonym> out = new ArrayList<>();
    parts.forEach((key, p) -> {
      if (!ambiguous.contains(key) && !whole.contains(key)) {
        out.add(p);
      }
    });
    return out;
  }

  /** The longest text a match can cover; a streaming restorer holds back {@code maxSpan() + 1} characters. */
  public int maxSpan() {
    return maxSpan;
  }

  public boolean isEmpty() {
    return tags.isEmpty() && digits.isEmpty() && texts.isEmpty();
  }

  private static int flexLength(String s) {
    int n = 0;
    boolean ws = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isWhitespace(s.charAt(i));
      if (w && !ws) {
        n += MAX_WS;
      } else if (!w) {
        n++;
      }
      ws = w;
    }
    return n;
  }

  /** Restores every surrogate in {@code text}. */
  public String restore(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = scan(text, 0, text.length(), true, out);
    out.append(text, i, text.length());
    return out.toString();
  }

  /**
   * Scans {@code text} from {@code from}, appending restored text to {@code out}, and returns the
   * index where it stopped. When {@code finished} is false it stops where a match could still need
   * characters beyond {@code length}.
   */
  public int scan(CharSequence text, int from, int length, boolean finished, StringBuilder out) {
    int i = from;
    while (i < length) {
      if (!finished && i + maxSpan + 1 > length) {
        break;
      }
      Match m = matchAt(text, i, length);
      if (m == null) {
        out.append(text.charAt(i));
        i++;
      } else {
        out.append(m.replacement());
        i = m.end();
      }
    }
    return i;
  }

  /** The longest match starting at {@code i}, or null. */
  public Match matchAt(CharSequence text, int i, int length) {
    Match best = null;
    if (!tags.isEmpty()) {
      best = longer(best, tagAt(text, i, length));
    }
    if (!digits.isEmpty()) {
      best = longer(best, digitsAt(text, i, length));
    }
    if (!texts.isEmpty()) {
      best = longer(best, textAt(text, i, length));
    }
    return best;
  }

  private static Match longer(Match a, Match b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static int skipWs(CharSequence t, int j, int length) {
    int n = 0;
    while (j < length && n < MAX_WS && Character.isWhitespace(t.charAt(j))) {
      j++;
      n++;
    }
    return j;
  }

  private Match tagAt(CharSequence t, int i, int length) {
    char c = t.charAt(i);
    int j = i;
    boolean open = c == '<' || c == '[';
    if (open) {
      j = skipWs(t, j + 1, length);
    } else if (!isAsciiLetter(c) || (i > 0 && (isWordChar(t.charAt(i - 1)) || t.charAt(i - 1) == '_'))) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    // TYPE: letters, with single underscores between letter runs
    while (j < length && name.length() <= MAX_TYPE_LENGTH) {
      char ch = t.charAt(j);
      if (isAsciiLetter(ch)) {
        name.append(Character.toUpperCase(ch));
        j++;
      } else if (ch == '_' && j + 1 < length && isAsciiLetter(t.charAt(j + 1)) && name.length() > 0) {
        name.append('_');
        j++;
      } else {
        break;
      }
    }
    if (name.length() == 0 || name.length() > MAX_TYPE_LENGTH || !TYPE_NAMES.contains(name.toString())) {
      return null;
    }
    j = skipWs(t, j, length);
    if (j >= length || t.charAt(j) != '_') {
      return null;
    }
    j = skipWs(t, j + 1, length);
    int numStart = j;
    while (j < length && j - numStart < MAX_TAG_NUMBER_DIGITS && RestoreKeys.isAsciiDigit(t.charAt(j))) {
      j++;
    }
    if (j == numStart || (j < length && RestoreKeys.isAsciiDigit(t.charAt(j)))) {
      return null;
    }
    String number = t.subSequence(numStart, j).toString();
    if (number.charAt(0) == '0') {
      return null;
    }
    int end = j;
    int k = skipWs(t, j, length);
    if (k < length && (t.charAt(k) == '>' || t.charAt(k) == ']')) {
      end = k + 1;
    } else if (!open && j < length && isWordChar(t.charAt(j))) {
      return null;
    }
    Pseudonym p = tags.get(name + "_" + number);
    return p == null ? null : new Match(i, end, p.original());
  }

  private Match digitsAt(CharSequence t, int i, int length) {
    if (!RestoreKeys.isAsciiDigit(t.charAt(i)) || (i > 0 && RestoreKeys.isAsciiDigit(t.charAt(i - 1)))) {
      return null;
    }
    StringBuilder seen = new StringBuilder();
    Match best = null;
    int j = i;
    while (j < length && seen.length() < maxDigits) {
      char c = t.charAt(j);
      if (!RestoreKeys.isAsciiDigit(c)) {
        break;
      }
      seen.append(c);
      j++;
      if (j >= length || !RestoreKeys.isAsciiDigit(t.charAt(j))) {
        Pseudonym p = digits.get(seen.toString());
        if (p != null) {
          best = new Match(i, j, replaceDigits(t, i, j, RestoreKeys.digits(p.original())));
        }
        int sep = 0;
        int k = j;
        while (k < length && sep < MAX_SEP && isSeparator(t.charAt(k))) {
          k++;
          sep++;
        }
        if (k >= length || !RestoreKeys.isAsciiDigit(t.charAt(k))) {
          break;
        }
        j = k;
      }
    }
    return best;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
  }

  private static String replaceDigits(CharSequence t, int start, int end, String originalDigits) {
    StringBuilder b = new StringBuilder(end - start);
    int d = 0;
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      b.append(RestoreKeys.isAsciiDigit(c) ? originalDigits.charAt(d++) : c);
    }
    return b.toString();
  }

  private Match textAt(CharSequence t, int i, int length) {
    List<Pseudonym> candidates = texts.get(Character.toLowerCase(t.charAt(i)));
    if (candidates == null) {
      return null;
    }
    for (Pseudonym p : candidates) { // longest first
      String s = p.surrogate();
      if (isWordChar(s.charAt(0)) && i > 0 && isWordChar(t.charAt(i - 1))) {
        continue;
      }
      int end = matchFlex(s, t, i, length);
      if (end < 0) {
        continue;
      }
      if (isWordChar(s.charAt(s.length() - 1)) && end < length && isWordChar(t.charAt(end))) {
        continue;
      }
      return new Match(i, end, p.original());
    }
    return null;
  }

  private static int matchFlex(String s, CharSequence t, int i, int length) {
    int j = i;
    int k = 0;
    while (k < s.length()) {
      char sc = s.charAt(k);
      if (Character.isWhitespace(sc)) {
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
          k++;
        }
        int n = 0;
        while (j < length && n < MAX_WS && Character.isWhitespace(t.charAt(j))) {
          j++;
          n++;
        }
        if (n == 0) {
          return -1;
        }
        continue;
      }
      if (j >= length) {
        return -1;
      }
      char tc = t.charAt(j);
      if (tc != sc && Character.toLowerCase(tc) != Character.toLowerCase(sc)
          && Character.toUpperCase(tc) != Character.toUpperCase(sc)) {
        return -1;
      }
      j++;
      k++;
    }
    return j;
  }

  @Override
  public String toString() {
    return "RestoreIndex[tags=" + tags.size() + ", numbers=" + digits.size() + ", texts="
        + texts.values().stream().mapToInt(List::size).sum() + ", maxSpan=" + maxSpan + "]";
  }
}
