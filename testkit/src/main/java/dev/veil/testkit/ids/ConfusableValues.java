package dev.veil.testkit.ids;

import java.util.random.RandomGenerator;

/**
 * Numbers that look like identifiers but are not personal data: order numbers, versions, prices,
 * dosages, room numbers, timestamps, and digit runs of identifier length that fail the
 * identifier's rules. A good detector leaves them alone.
 */
public final class ConfusableValues {
  private ConfusableValues() {}

  public static String orderNumber(RandomGenerator r) {
    return switch (r.nextInt(3)) {
      case 0 -> "ORD-" + Rand.between(r, 2019, 2026) + "-" + Rand.digits(r, 6);
      case 1 -> "#" + Rand.between(r, 1, 9) + Rand.digits(r, 7);
      default -> "PO " + Rand.digits(r, 5) + "/" + Rand.digits(r, 2);
    };
  }

  public static String version(RandomGenerator r) {
    String v = Rand.between(r, 0, 24) + "." + Rand.between(r, 0, 30) + "." + Rand.between(r, 0, 120);
    return r.nextBoolean() ? "v" + v : v;
  }

  public static String price(RandomGenerator r) {
    int whole = Rand.between(r, 1, 4999);
    String cents = Rand.pad(r.nextInt(100), 2);
    return switch (r.nextInt(3)) {
      case 0 -> "$" + (whole >= 1000 ? (whole / 1000) + "," + Rand.pad(whole % 1000, 3) : whole) + "." + cents;
      case 1 -> whole + "," + cents + " €";
      default -> "£" + whole + "." + cents;
    };
  }

  public static String dosage(RandomGenerator r) {
    return Rand.pick(r, "5", "10", "12.5", "25", "40", "250", "500", "1000") + " "
        + Rand.pick(r, "mg", "mcg", "mL", "units", "mg/kg");
  }

  public static String room(RandomGenerator r) {
    return Rand.between(r, 1, 12) + Rand.pad(Rand.between(r, 1, 60), 2) + Rand.pick(r, "", "", "A", "B");
  }

  /** A log timestamp: epoch seconds, epoch milliseconds or a time of day. */
  public static String timestamp(RandomGenerator r) {
    return switch (r.nextInt(3)) {
      case 0 -> Integer.toString(1_600_000_000 + r.nextInt(200_000_000));
      case 1 -> (1_600_000_000_000L + (long) r.nextInt(1_000_000_000) * 100) + "";
      default -> Rand.pad(r.nextInt(24), 2) + ":" + Rand.pad(r.nextInt(60), 2) + ":" + Rand.pad(r.nextInt(60), 2)
          + "." + Rand.digits(r, 3);
    };
  }

  /** Nine digits with no context, e.g. an invoice number; shaped like an SSN but not labelled one. */
  public static String nineDigitNumber(RandomGenerator r) {
    return Rand.between(r, 1, 8) + Rand.digits(r, 8);
  }

  /** Sixteen digits that fail the Luhn check, e.g. a parcel tracking number. */
  public static String sixteenDigitNonLuhn(RandomGenerator r) {
    while (true) {
      String v = Rand.between(r, 1, 9) + Rand.digits(r, 15);
      if (!Checksums.luhnValid(v)) {
        return v;
      }
    }
  }

  /** A small count or measurement, e.g. a blood pressure or a lab value. */
  public static String measurement(RandomGenerator r) {
    return switch (r.nextInt(3)) {
      case 0 -> Rand.between(r, 95, 180) + "/" + Rand.between(r, 55, 110);
      case 1 -> Rand.between(r, 3, 14) + "." + r.nextInt(10) + " mmol/L";
      default -> Rand.between(r, 40, 140) + " bpm";
    };
  }
}
