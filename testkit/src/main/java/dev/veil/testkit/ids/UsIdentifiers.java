package dev.veil.testkit.ids;

import java.util.random.RandomGenerator;

/**
 * US person and bank identifiers: SSN and ITIN (SSA/IRS numbering rules) and ABA routing
 * numbers. Every method is deterministic for a given generator state and thread-confined like the
 * generator it is given.
 */
public final class UsIdentifiers {
  private UsIdentifiers() {}

  /** An SSN the SSA could issue: area 001-899 except 666, group 01-99, serial 0001-9999. */
  public static String ssnCompact(RandomGenerator r) {
    int area;
    do {
      area = Rand.between(r, 1, 899);
    } while (area == 666);
    return Rand.pad(area, 3) + Rand.pad(Rand.between(r, 1, 99), 2) + Rand.pad(Rand.between(r, 1, 9999), 4);
  }

  /** A valid SSN, written {@code 123-45-6789}, {@code 123 45 6789} or {@code 123456789}. */
  public static String ssn(RandomGenerator r) {
    return formatNine(r, ssnCompact(r));
  }

  /** True if the nine digits follow the SSA rules (no area 000/666/9xx, group 00, serial 0000). */
  public static boolean ssnValid(String nine) {
    if (nine.length() != 9 || !nine.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int area = Integer.parseInt(nine.substring(0, 3));
    return area != 0 && area != 666 && area < 900 && !nine.startsWith("00", 3) && !nine.endsWith("0000");
  }

  /**
   * An SSN-shaped number the SSA never issues: a forbidden area (000, 666, 9xx), group 00 or
   * serial 0000, in the same layouts as {@link #ssn}.
   */
  public static String ssnNearMiss(RandomGenerator r) {
    String v = ssnCompact(r);
    String bad = switch (r.nextInt(5)) {
      case 0 -> "000" + v.substring(3);
      case 1 -> "666" + v.substring(3);
      case 2 -> Rand.between(r, 900, 999) + v.substring(3);
      case 3 -> v.substring(0, 3) + "00" + v.substring(5);
      default -> v.substring(0, 5) + "0000";
    };
    return formatNine(r, bad);
  }

  private static final int[][] ITIN_GROUPS = {{50, 65}, {70, 88}, {90, 92}, {94, 99}};

  /** An ITIN: 9XX-GG-XXXX with the group in 50-65, 70-88, 90-92 or 94-99. */
  public static String itin(RandomGenerator r) {
    int[] g = ITIN_GROUPS[r.nextInt(ITIN_GROUPS.length)];
    String v = "9" + Rand.digits(r, 2) + Rand.between(r, g[0], g[1]) + Rand.digits(r, 4);
    return formatNine(r, v);
  }

  /** A 9XX number whose group is outside the ITIN ranges (e.g. 93 or 00-49). */
  public static String itinNearMiss(RandomGenerator r) {
    int group = r.nextBoolean() ? 93 : Rand.between(r, 10, 49);
    return formatNine(r, "9" + Rand.digits(r, 2) + group + Rand.digits(r, 4));
  }

  public static boolean itinValid(String nine) {
    if (nine.length() != 9 || nine.charAt(0) != '9') {
      return false;
    }
    int g = Integer.parseInt(nine.substring(3, 5));
    for (int[] range : ITIN_GROUPS) {
      if (g >= range[0] && g <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private static String formatNine(RandomGenerator r, String nine) {
    return switch (r.nextInt(6)) {
      case 0 -> nine;
      case 1 -> Rand.group(nine, " ", 3, 2, 4);
      default -> Rand.group(nine, "-", 3, 2, 4);
    };
  }

  private static final String[] ABA_PREFIXES = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
      "12", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"};

  /** An ABA routing transit number with a Federal Reserve prefix and a valid 3-7-1 checksum. */
  public static String abaRouting(RandomGenerator r) {
    String eight = Rand.pick(r, ABA_PREFIXES) + Rand.digits(r, 6);
    return eight + Checksums.abaCheckDigit(eight);
  }

  /** A routing number with one digit changed so the checksum fails. */
  public static String abaRoutingNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, abaRouting(r), Checksums::abaValid);
  }

  public static boolean abaValid(String nine) {
    return nine.length() == 9 && nine.chars().allMatch(Character::isDigit) && Checksums.abaValid(nine);
  }
}
