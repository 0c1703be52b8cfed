package dev.veil.detectors.decode;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Span;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Scan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds identifiers hidden in base64 or URL (percent or form) encoding — {@code NTM2LTIyLTgxMTk=},
 * {@code 536%2D22%2D8119}, {@code 4111+1111+1111+1111} — by decoding candidate runs and running the
 * other detectors on the decoded text. A hit is reported as the decoded finding's type, with
 * attribute {@code encoding=base64|url}, the inner detector's id and a slightly lower score. A
 * URL-encoded hit covers exactly the encoded characters of the value (offsets are mapped back
 * through the decoding); a base64 hit covers the whole encoded run, since base64 does not align
 * characters with bytes.
 *
 * <p>Candidates come from one pass over the text that only looks at runs of URL/base64 characters:
 * base64 runs of at least 12 characters mixing letter cases or letters and digits that decode to
 * valid UTF-8 made mostly of printable characters; URL runs with at least two {@code %XX} escapes,
 * or an encoded {@code @}, or one escape and a {@code +}, or two {@code +} and at least six digits. No regular expression
 * runs over the whole text. Decoding is one level deep (an encoded value inside an encoded value is
 * not unwrapped), and at most 256 runs per text are decoded, so cost stays linear. Thread-safe;
 * the inner detectors are loaded once, lazily.
 */
public final class EncodedContentDetector implements Detector {
  private static final int MIN_BASE64 = 12;
  private static final int MAX_RUNS = 256;
  private static final double SCORE_FACTOR = 0.95;

  private final List<Detector> explicitInner;
  private volatile List<Detector> inner;

  /** Used by {@link ServiceLoader}: decodes and runs every other discovered detector. */
  public EncodedContentDetector() {
    this.explicitInner = null;
  }

  /** Decodes and runs the given detectors. */
  public EncodedContentDetector(List<Detector> inner) {
    this.explicitInner = List.copyOf(inner);
  }

  @Override
  public String id() {
    return "encoded-content";
  }

  @Override
  public Set<EntityType> entityTypes() {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (Detector d : inner()) {
      types.addAll(d.entityTypes());
    }
    return types;
  }

  private List<Detector> inner() {
    List<Detector> list = inner;
    if (list == null) {
      synchronized (this) {
        list = inner;
        if (list == null) {
          if (explicitInner != null) {
            list = explicitInner;
          } else {
            List<Detector> found = new ArrayList<>();
            for (Detector d : ServiceLoader.load(Detector.class, EncodedContentDetector.class.getClassLoader())) {
              if (!(d instanceof EncodedContentDetector)) {
                found.add(d);
              }
            }
            list = List.copyOf(found);
          }
          inner = list;
        }
      }
    }
    return list;
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    // Without a '%' escape or a '+' in the text no run is URL-decoded, and a base64 run holds
    // MIN_BASE64 chars or more: every MIN_BASE64-th position is enough then (most words are not
    // even read).
    String text = input.text();
    return detect(input, !hasEscape(text) && text.indexOf('+') < 0 ? MIN_BASE64 : 6);
  }

  private static boolean hasEscape(String text) {
    for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
      if (Codecs.isEscape(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #detect} looking at every {@code stride}-th char for runs; 6 finds every run that can be decoded. */
  List<Finding> detect(DetectorInput input, int stride) {
    String text = input.text();
    int n = text.length();
    List<Finding> out = new ArrayList<>(0);
    // Only candidates that are decoded count towards the cap: plain long words
    // ("internationalization") cost a scan only, so an encoded value after many of them is reached.
    int[] budget = {MAX_RUNS};
    char[] cs = Scan.of(text).chars();
    // A run that can be decoded holds six chars or more, so it covers a position p with p % 6 == 5:
    // only those are looked at, and a run is walked from there to its start. Runs are still handled
    // whole and left to right, as a scan of every char would; a wider stride where runs are longer.
    int p = stride - 1;
    while (p < n && budget[0] > 0) {
      char at = cs[p];
      if (at >= 128 || Codecs.CLASS[at] == Codecs.NONE) {
        p += stride;
        continue;
      }
      int s = p;
      while (s > 0 && cs[s - 1] < 128 && Codecs.CLASS[cs[s - 1]] != Codecs.NONE) {
        s--;
      }
      int i = s;
      int escapes = 0;
      int pluses = 0;
      int digits = 0;
      int seen = 0; // bit set of the classes in the run
      for (; i < n; i++) {
        char c = cs[i];
        int cls = c < 128 ? Codecs.CLASS[c] : Codecs.NONE;
        if (cls == Codecs.NONE) {
          break;
        }
        seen |= 1 << cls;
        if (cls == Codecs.DIGIT) {
          digits++;
        } else if (cls == Codecs.PLUS) {
          pluses++;
        } else if (c == '%' && Codecs.isEscape(text, i)) {
          escapes++;
          // an encoded '@' alone is enough: "j.smith%40example.com" in a query string
          escapes += cs[i + 1] == '4' && cs[i + 2] == '0' ? 1 : 0;
        }
      }
      p += stride * ((i - p) / stride + 1); // the first probe after the run's end (cs[i] ends it)
      boolean upper = (seen & (1 << Codecs.UPPER)) != 0;
      boolean lower = (seen & (1 << Codecs.LOWER)) != 0;
      boolean other = (seen & (1 << Codecs.OTHER)) != 0;
      if (i - s < 6) {
        continue;
      }
      if (escapes >= 2 || (escapes == 1 && pluses >= 1) || (pluses >= 2 && digits >= 6)) {
        budget[0]--;
        Codecs.Decoded d = Codecs.urlDecode(text, s, i);
        if (d != null) {
          reportMapped(d, input, out);
        }
      }
      if (i - s < MIN_BASE64) {
        continue;
      }
      if (other) {
        base64Runs(text, s, i, input, out, budget); // split at the characters base64 does not use
      } else if ((upper && lower) || (digits > 0 && (upper || lower))) {
        budget[0]--;
        decodeBase64(text, s, i, input, out);
      }
    }
    return out;
  }

  /** The base64 candidates inside one run: maximal stretches of the base64 alphabets plus padding. */
  private void base64Runs(String text, int from, int to, DetectorInput input, List<Finding> out, int[] budget) {
    int i = from;
    while (i < to && budget[0] > 0) {
      if (!Codecs.isBase64Char(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < to && Codecs.isBase64Char(text.charAt(i))) {
        i++;
      }
      int pad = 0;
      while (i < to && pad < 2 && text.charAt(i) == '=') {
        i++;
        pad++;
      }
      if (i - s < MIN_BASE64 || !Codecs.looksEncoded(text, s, i)) {
        continue;
      }
      budget[0]--;
      decodeBase64(text, s, i, input, out);
    }
  }

  private void decodeBase64(String text, int from, int to, DetectorInput input, List<Finding> out) {
    String decoded = Codecs.base64Decode(text, from, to);
    if (decoded != null) {
      Finding best = best(decoded, input);
      if (best != null) {
        out.add(wrap(best, new Span(from, to), "base64"));
      }
    }
  }

  private Finding best(String decoded, DetectorInput input) {
    DetectorInput in = new DetectorInput(decoded, input.context());
    Finding best = null;
    Scan request = Scan.current(); // the inner detectors scan the decoded text; keep the request's scan
    try {
      for (Detector d : inner()) {
        for (Finding f : d.detect(in)) {
          if (best == null || f.score() > best.score()) {
            best = f;
          }
        }
      }
    } finally {
      Scan.restore(request);
    }
    return best;
  }

  private void reportMapped(Codecs.Decoded d, DetectorInput input, List<Finding> out) {
    DetectorInput in = new DetectorInput(d.text(), input.context());
    Scan request = Scan.current();
    try {
      for (Detector det : inner()) {
        for (Finding f : det.detect(in)) {
          if (f.end() > d.text().length() || f.start() >= f.end()) {
            continue;
          }
          out.add(wrap(f, new Span(d.start()[f.start()], d.end()[f.end() - 1]), "url"));
        }
      }
    } finally {
      Scan.restore(request);
    }
  }

  private Finding wrap(Finding inner, Span span, String encoding) {
    return new Finding(inner.type(), span, inner.score() * SCORE_FACTOR, id(),
        Map.of("encoding", encoding, "inner_detector", inner.detector()));
  }

  /** Decodes a base64 run (standard or URL-safe alphabet); null unless mostly printable UTF-8. */
  static String base64Decode(String run) {
    return Codecs.base64Decode(run, 0, run.length());
  }

  /** Decodes a URL-encoded run; null when it holds nothing to decode or is not valid UTF-8. */
  static String percentDecode(String run) {
    Codecs.Decoded d = Codecs.urlDecode(run, 0, run.length());
    return d == null ? null : d.text();
  }

  @Override
  public String toString() {
    return "EncodedContentDetector[" + (inner == null ? "inner not loaded" : inner.size() + " inner detectors") + "]";
  }
}
