package dev.veil.detectors.decode;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.Detector;
import dev.veil.detect.DetectorInput;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds identifiers hidden in base64 or URL (percent) encoding — {@code NTM2LTIyLTgxMTk=} or
 * {@code 536%2D22%2D8119} — by decoding candidate runs and running the other detectors on the
 * decoded text. A hit is reported as the decoded finding's type over the whole encoded run, with
 * attribute {@code encoding=base64|url} and a slightly lower score.
 *
 * <p>Candidates: base64 runs of at least 12 characters that decode to valid UTF-8 made mostly of
 * printable characters; runs with at least two {@code %XX} escapes. Decoding is one level deep
 * (an encoded value inside an encoded value is not unwrapped), and at most 256 runs per text are
 * decoded, so cost stays linear. Thread-safe; the inner detectors are loaded once, lazily.
 */
public final class EncodedContentDetector implements Detector {
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{12,}={0,2}");
  private static final Pattern PERCENT = Pattern.compile("(?:[A-Za-z0-9._~+-]*%[0-9A-Fa-f]{2}){2,}[A-Za-z0-9._~+-]*");
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
    String text = input.text();
    List<Finding> out = new ArrayList<>();
    int runs = 0;
    if (text.indexOf('%') >= 0) {
      Matcher m = PERCENT.matcher(text);
      while (m.find() && runs < MAX_RUNS) {
        runs++;
        String decoded = percentDecode(m.group());
        if (decoded != null) {
          report(decoded, m.start(), m.end(), "url", input, out);
        }
      }
    }
    Matcher m = BASE64.matcher(text);
    // Only candidates that are decoded count towards the cap: plain long words ("internationalization")
    // cost a pattern match only, so an encoded value after many of them is still reached.
    while (m.find() && runs < MAX_RUNS) {
      String run = m.group();
      if (!looksEncoded(run)) {
        continue;
      }
      runs++;
      String decoded = base64Decode(run);
      if (decoded != null) {
        report(decoded, m.start(), m.end(), "base64", input, out);
      }
    }
    return out;
  }

  private void report(String decoded, int start, int end, String encoding, DetectorInput input, List<Finding> out) {
    DetectorInput inner = new DetectorInput(decoded, input.context());
    Finding best = null;
    for (Detector d : inner()) {
      for (Finding f : d.detect(inner)) {
        if (best == null || f.score() > best.score()) {
          best = f;
        }
      }
    }
    if (best != null) {
      out.add(new Finding(best.type(), new dev.veil.Span(start, end), best.score() * SCORE_FACTOR, id(),
          java.util.Map.of("encoding", encoding, "inner_detector", best.detector())));
    }
  }

  /** Plain words and numbers are not base64 worth decoding: require a mix of classes. */
  private static boolean looksEncoded(String run) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= c >= '0' && c <= '9';
    }
    return (upper && lower) || (digit && (upper || lower)) || run.endsWith("=");
  }

  static String base64Decode(String run) {
    String body = run.replace('-', '+').replace('_', '/');
    int pad = (4 - body.replace("=", "").length() % 4) % 4;
    String unpadded = body.replace("=", "");
    if (pad == 3) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(unpadded + "=".repeat(pad));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return printableUtf8(bytes);
  }

  static String percentDecode(String run) {
    try {
      String decoded = URLDecoder.decode(run, StandardCharsets.UTF_8);
      return decoded.equals(run) ? null : decoded;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String printableUtf8(byte[] bytes) {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    int printable = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
        printable++;
      }
    }
    return s.length() >= 4 && printable >= s.length() * 0.9 ? s : null;
  }

  @Override
  public String toString() {
    return "EncodedContentDetector[" + (inner == null ? "inner not loaded" : inner.size() + " inner detectors") + "]";
  }
}
