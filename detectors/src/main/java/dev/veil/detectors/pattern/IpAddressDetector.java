package dev.veil.detectors.pattern;

import com.google.common.net.InetAddresses;
import dev.veil.detectors.internal.Match;
import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.detect.DetectorInput;
import dev.veil.detectors.internal.Context;
import dev.veil.detectors.internal.Match;
import dev.veil.detectors.internal.PatternDetector;
import dev.veil.detectors.internal.Shape;
import dev.veil.detectors.internal.Windows;
import java.util.ArrayList;
import java.util.List;

/**
 * IPv4 addresses (dotted quad, each octet 0-255) and IPv6 addresses (validated by Guava's parser,
 * which does no DNS lookup). A dotted quad right after "version" or "v" is taken for a version
 * number and scores low.
 */
public final class IpAddressDetector extends PatternDetector {
  /** IPv6 candidates (validated by Guava below); run as a {@link Shape}, property-tested against RE2/J. */
  static final String V6_REGEX = "(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{0,4}|\\d{1,3}(?:\\.\\d{1,3}){3})";
  private static final Shape V6 = Shape.compile(V6_REGEX);

  public IpAddressDetector() {
    super("ip-address", EntityType.IP_ADDRESS,
        "\\b(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}\\b");
  }

  private static final String[] VERSION_WORDS = {"version", "v", "ver", "release", "build"};
  private static final String[] ADDRESS_WORDS = {"ip", "address", "host", "server", "client", "from", "addr"};

  @Override
  protected boolean handMatched() {
    return true;
  }

  @Override
  protected int minDigits() {
    return 4;
  }

  @Override
  protected Finding score(String text, Match m) {
    int s = m.start();
    int e = m.end();
    // "1.2.3.4.5" is not an address.
    if ((s > 0 && text.charAt(s - 1) == '.') || (e + 1 < text.length() && text.charAt(e) == '.'
        && Character.isDigit(text.charAt(e + 1)))) {
      return null;
    }
    // the address words are looked for only when a version word would lower the score
    boolean version = Context.near(text, s, s, VERSION_WORDS)
        && !Context.near(text, s, e, ADDRESS_WORDS);
    double score = version ? 0.3 : 0.85;
    return finding(s, e, score);
  }

  @Override
  public List<Finding> detect(DetectorInput input) {
    List<Finding> out = new ArrayList<>(super.detect(input));
    String text = input.text();
    if (text.indexOf(':') < 0) {
      return out;
    }
    int[] all = Windows.aroundDigitsShared(text, WINDOW, WINDOW);
    int[] v6 = new int[all.length];
    int k = 0;
    for (int i = 0; i + 1 < all.length; i += 2) {
      if (colons(text, all[i], all[i + 1]) >= 2 && Windows.digits(text, all[i], all[i + 1]) > 0) {
        v6[k++] = all[i];
        v6[k++] = all[i + 1];
      }
    }
    forEachMatch(V6, text, java.util.Arrays.copyOf(v6, k), input.context(), m -> {
      int s = m.start();
      int e = m.end();
      String cand = m.group();
      if (cand.length() < 3 || countColons(cand) < 2 || !hasHexDigit(cand)) {
        return;
      }
      if ((s > 0 && isHexOrColon(text.charAt(s - 1))) || (e < text.length() && isHexOrColon(text.charAt(e)))) {
        return;
      }
      if (InetAddresses.isInetAddress(cand) && !isClockTime(cand)) {
        out.add(finding(s, e, countColons(cand) >= 3 || cand.contains("::") ? 0.85 : 0.5));
      }
    });
    return out;
  }

  /** "12:30:45" parses as an IPv6 address in some forms; it is a time. */
  private static boolean isClockTime(String s) {
    return s.length() <= 8 && s.indexOf("::") < 0 && s.chars().allMatch(c -> c == ':' || Character.isDigit(c));
  }

  private static int colons(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ':') {
        n++;
      }
    }
    return n;
  }

  /** A dotted quad needs a '.' in its window (read directly: a keyword look-up per window cost more). */
  @Override
  protected boolean acceptWindow(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static int countColons(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ':') {
        n++;
      }
    }
    return n;
  }

  private static boolean hasHexDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHexOrColon(char c) {
    return c == ':' || Character.digit(c, 16) >= 0;
  }
}
