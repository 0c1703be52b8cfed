package dev.veil.bench.perf.report;

import java.util.Locale;

/** Number formatting for the report: fixed locale, three significant digits. */
final class Format {
  private Format() {}

  /** A duration given in microseconds, in the unit that reads best. */
  static String micros(double us) {
    if (Double.isNaN(us)) {
      return "–";
    }
    if (us < 1) {
      return sig(us * 1000) + " ns";
    }
    if (us < 1000) {
      return sig(us) + " µs";
    }
    if (us < 1_000_000) {
      return sig(us / 1000) + " ms";
    }
    return sig(us / 1_000_000) + " s";
  }

  /** Median with the iteration spread, e.g. {@code 1.23 ms ±4%}. */
  static String timeCell(JmhResult r) {
    return micros(r.median()) + " ±" + percent(r.spread() / 2);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  static String bytes(double b) {
    if (b < 1024) {
      return String.format(Locale.ROOT, "%.0f B", b);
    }
    if (b < 1024 * 1024) {
      return sig(b / 1024) + " KiB";
    }
    return sig(b / (1024 * 1024)) + " MiB";
  }

  /** Label of a text size in bytes: 200 B, 2 KB, 20 KB, 200 KB, 2 MB (KB = 1024 bytes). */
  static String size(int bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return trim(sig(bytes / 1024.0)) + " KB";
    }
    return trim(sig(bytes / (1024.0 * 1024))) + " MB";
  }

  /** Drops a fractional part made only of zeros: {@code 2.00} to {@code 2}, {@code 2.50} stays. */
  static String trim(String number) {
    return number.matches("-?\\d+\\.0+") ? number.substring(0, number.indexOf('.')) : number;
  }

  /** A decade tick in microseconds: 1 µs, 10 ms, 1 s. */
  static String microsTick(double us) {
    String s = micros(us);
    int space = s.indexOf(' ');
    return trim(s.substring(0, space)) + s.substring(space);
  }

  /** Three significant digits, no exponent. */
  static String sig(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "–";
    }
    double a = Math.abs(v);
    String f = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, f, v);
  }

  static String ratio(double v) {
    return sig(v) + "×";
  }
}
