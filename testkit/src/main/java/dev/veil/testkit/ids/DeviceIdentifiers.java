package dev.veil.testkit.ids;

import java.util.random.RandomGenerator;

/** Vehicle and device identifiers: VIN (check digit) and IMEI (Luhn), plus passport numbers. */
public final class DeviceIdentifiers {
  private DeviceIdentifiers() {}

  private static final String[] WMI = {"1HG", "1FA", "1G1", "2T1", "3VW", "5YJ", "JHM", "JTD", "KMH", "WBA", "WVW",
      "WDD", "VF1", "ZFA", "YV1", "SAL"};
  private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  private static final String VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789";

  /** A 17-character VIN with a real manufacturer prefix and a valid check character at position 9. */
  public static String vin(RandomGenerator r) {
    String v = Rand.pick(r, WMI) + Rand.chars(r, VIN_CHARS, 5) + "0" + VIN_YEARS.charAt(r.nextInt(VIN_YEARS.length()))
        + Rand.chars(r, VIN_CHARS, 1) + Rand.digits(r, 6);
    char check = Checksums.vinCheckChar(v);
    return v.substring(0, 8) + check + v.substring(9);
  }

  public static String vinNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, vin(r), Checksums::vinValid);
  }

  public static boolean vinValid(String v) {
    return Checksums.vinValid(v);
  }

  private static final String[] TAC_PREFIX = {"35", "86", "01", "49", "99"};

  /** A 15-digit IMEI: type allocation code, serial, Luhn check digit. */
  public static String imei(RandomGenerator r) {
    String fourteen = Rand.pick(r, TAC_PREFIX) + Rand.digits(r, 12);
    String v = fourteen + Checksums.luhnCheckDigit(fourteen);
    return r.nextInt(4) == 0 ? Rand.group(v, "-", 2, 6, 6, 1) : v;
  }

  public static String imeiNearMiss(RandomGenerator r) {
    String fourteen = Rand.pick(r, TAC_PREFIX) + Rand.digits(r, 12);
    return Rand.changeOneDigit(r, fourteen + Checksums.luhnCheckDigit(fourteen), Checksums::luhnValid);
  }

  /**
   * A passport number in the layout of the issuing country (ISO 3166 alpha-2), from the formats
   * the issuers publish: US nine digits or a letter and eight digits; GB nine digits; DE nine
   * characters from {@code CFGHJKLMNPRTVWXYZ0-9} starting with C, F, G, H, J or K; FR two digits,
   * two letters, five digits; ES three letters and six digits; IT and PL two letters and seven
   * digits; NL two letters, six letters or digits and a digit (no O); SE eight digits.
   *
   * @throws IllegalArgumentException for another country
   */
  public static String passport(RandomGenerator r, String country) {
    return switch (country) {
      case "US" -> r.nextBoolean() ? Rand.digits(r, 9) : Rand.chars(r, Rand.UPPER, 1) + Rand.digits(r, 8);
      case "GB" -> Rand.digits(r, 9);
      case "DE" -> Rand.chars(r, "CFGHJK", 1) + Rand.chars(r, "CFGHJKLMNPRTVWXYZ0123456789", 8);
      case "FR" -> Rand.digits(r, 2) + Rand.chars(r, Rand.UPPER, 2) + Rand.digits(r, 5);
      case "ES" -> Rand.chars(r, Rand.UPPER, 3) + Rand.digits(r, 6);
      case "IT", "PL" -> Rand.chars(r, Rand.UPPER, 2) + Rand.digits(r, 7);
      case "NL" -> Rand.chars(r, "ABCDEFGHIJKLMNPQRSTUVWXYZ", 2) + Rand.chars(r, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789", 6)
          + Rand.digits(r, 1);
      case "SE" -> Rand.digits(r, 8);
      default -> throw new IllegalArgumentException("no passport layout for this country");
    };
  }

  /** A passport number in a US, UK, German or French layout (context-driven: no public checksum). */
  public static String passport(RandomGenerator r) {
    return switch (r.nextInt(4)) {
      case 0 -> Rand.digits(r, 9);
      case 1 -> Rand.chars(r, Rand.UPPER, 1) + Rand.digits(r, 8);
      case 2 -> Rand.chars(r, "CFGHJK", 1) + Rand.chars(r, "CFGHJKLMNPRTVWXYZ0123456789", 8);
      default -> Rand.digits(r, 2) + Rand.chars(r, Rand.UPPER, 2) + Rand.digits(r, 5);
    };
  }
}
