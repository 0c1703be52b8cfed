package dev.veil.testkit.ids;

import java.util.random.RandomGenerator;

/**
 * US provider and patient identifiers: NPI, DEA number, Medicare MBI, other health plan member
 * ids, medical record numbers.
 */
public final class HealthIdentifiers {
  private HealthIdentifiers() {}

  /** An NPI: ten digits starting 1 or 2, Luhn check digit computed with the 80840 prefix. */
  public static String npi(RandomGenerator r) {
    String nine = (1 + r.nextInt(2)) + Rand.digits(r, 8);
    return nine + Checksums.luhnCheckDigit("80840" + nine);
  }

  public static String npiNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, npi(r), Checksums::npiValid);
  }

  public static boolean npiValid(String ten) {
    return Checksums.npiValid(ten);
  }

  private static final String DEA_FIRST = "ABCDEFGHJKLMPRSTUX";

  /** A DEA registration number: registrant letter, surname initial, six digits, check digit. */
  public static String dea(RandomGenerator r) {
    String six = Rand.digits(r, 6);
    return Rand.chars(r, DEA_FIRST, 1) + Rand.chars(r, Rand.UPPER, 1) + six + Checksums.deaCheckDigit(six);
  }

  public static String deaNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, dea(r), Checksums::deaValid);
  }

  public static boolean deaValid(String v) {
    return Checksums.deaValid(v);
  }

  // CMS excludes S, L, O, I, B, Z from MBI letters
  private static final String MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY";
  private static final String MBI_ALNUM = MBI_ALPHA + "0123456789";

  /** A Medicare Beneficiary Identifier (11 characters, CMS layout), compact or {@code 1EG4-TE5-MK73}. */
  public static String medicareMbi(RandomGenerator r) {
    String v = mbiCompact(r);
    return r.nextInt(3) == 0 ? Rand.group(v, "-", 4, 3, 4) : v;
  }

  static String mbiCompact(RandomGenerator r) {
    return Rand.between(r, 1, 9) + Rand.chars(r, MBI_ALPHA, 1) + Rand.chars(r, MBI_ALNUM, 1) + Rand.digits(r, 1)
        + Rand.chars(r, MBI_ALPHA, 1) + Rand.chars(r, MBI_ALNUM, 1) + Rand.digits(r, 1)
        + Rand.chars(r, MBI_ALPHA, 2) + Rand.digits(r, 2);
  }

  /** An MBI-shaped value using a letter CMS never assigns (S, L, O, I, B or Z) in position 2. */
  public static String medicareMbiNearMiss(RandomGenerator r) {
    String v = mbiCompact(r);
    return v.charAt(0) + Rand.pick(r, "S", "L", "O", "I", "B", "Z") + v.substring(2);
  }

  /** A commercial health plan member id (context-driven: no checksum), e.g. {@code XEH481203957}. */
  public static String healthPlanMemberId(RandomGenerator r) {
    return switch (r.nextInt(3)) {
      case 0 -> Rand.chars(r, Rand.UPPER, 3) + Rand.digits(r, 9);
      case 1 -> Rand.chars(r, Rand.UPPER, 1) + Rand.digits(r, 8);
      default -> Rand.digits(r, 3) + "-" + Rand.digits(r, 3) + "-" + Rand.digits(r, 3);
    };
  }

  /** A medical record number in one of the layouts hospitals print (context-driven). */
  public static String medicalRecordNumber(RandomGenerator r) {
    return switch (r.nextInt(4)) {
      case 0 -> Rand.digits(r, 8);
      case 1 -> Rand.between(r, 1, 9) + Rand.digits(r, 6);
      case 2 -> Rand.chars(r, Rand.UPPER, 1) + Rand.digits(r, 7);
      default -> Rand.digits(r, 3) + "-" + Rand.digits(r, 2) + "-" + Rand.digits(r, 2);
    };
  }
}
