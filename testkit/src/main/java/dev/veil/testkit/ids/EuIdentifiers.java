package dev.veil.testkit.ids;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * European national identifiers with their check algorithms: DE Steuer-IdNr, FR NIR, IT codice
 * fiscale, ES DNI/NIE, NL BSN, UK NINO, UK NHS number, PL PESEL, SE personnummer.
 */
public final class EuIdentifiers {
  private EuIdentifiers() {}

  /**
   * A German tax id (11 digits): first digit not 0, in the first ten exactly one digit appears
   * twice and one digit is missing, check digit ISO 7064 MOD 11,10.
   */
  public static String deTaxIdCompact(RandomGenerator r) {
    while (true) {
      List<Integer> pool = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
      Collections.shuffle(pool, new java.util.Random(r.nextLong()));
      List<Integer> ten = new ArrayList<>(pool.subList(0, 9));
      ten.add(ten.get(r.nextInt(9))); // one digit twice, one digit absent
      Collections.shuffle(ten, new java.util.Random(r.nextLong()));
      if (ten.get(0) == 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      ten.forEach(sb::append);
      return sb.toString() + Checksums.deTaxIdCheckDigit(sb.toString());
    }
  }

  public static String deTaxId(RandomGenerator r) {
    String v = deTaxIdCompact(r);
    return r.nextInt(3) == 0 ? Rand.group(v, " ", 2, 3, 3, 3) : v;
  }

  public static String deTaxIdNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, deTaxIdCompact(r), Checksums::deTaxIdValid);
  }

  /** A French NIR (sécurité sociale): sex, year, month, département, commune, order, 2-digit key. */
  public static String frNirCompact(RandomGenerator r) {
    String body = (1 + r.nextInt(2)) + Rand.pad(r.nextInt(100), 2) + Rand.pad(Rand.between(r, 1, 12), 2)
        + Rand.pad(Rand.between(r, 1, 95), 2) + Rand.pad(Rand.between(r, 1, 990), 3)
        + Rand.pad(Rand.between(r, 1, 999), 3);
    if (body.startsWith("20", 5)) {
      body = body.substring(0, 5) + "21" + body.substring(7); // 20 is Corsica (2A/2B), keep it numeric
    }
    return body + Rand.pad(Checksums.nirKey(body), 2);
  }

  public static String frNir(RandomGenerator r) {
    String v = frNirCompact(r);
    return r.nextBoolean() ? Rand.group(v, " ", 1, 2, 2, 2, 3, 3, 2) : v;
  }

  public static String frNirNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, frNirCompact(r), Checksums::nirValid);
  }

  private static final String CF_MONTHS = "ABCDEHLMPRST";
  private static final String[] CF_PLACES = {"H501", "F205", "L219", "F839", "G273", "D612", "A944", "L736"};
  private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ";

  /** An Italian codice fiscale: surname/name letters, birth data, place code, check letter. */
  public static String itCodiceFiscale(RandomGenerator r) {
    String fifteen = Rand.chars(r, CONSONANTS, 3) + Rand.chars(r, CONSONANTS, 3) + Rand.pad(r.nextInt(100), 2)
        + CF_MONTHS.charAt(r.nextInt(12)) + Rand.pad(Rand.between(r, 1, 28) + (r.nextBoolean() ? 40 : 0), 2)
        + Rand.pick(r, CF_PLACES);
    return fifteen + Checksums.codiceFiscaleCheck(fifteen);
  }

  /** A codice fiscale whose check letter is wrong. */
  public static String itCodiceFiscaleNearMiss(RandomGenerator r) {
    String v = itCodiceFiscale(r);
    char wrong = (char) ('A' + (v.charAt(15) - 'A' + 1 + r.nextInt(25)) % 26);
    return v.substring(0, 15) + wrong;
  }

  /** A Spanish DNI: eight digits and the mod-23 letter. */
  public static String esDni(RandomGenerator r) {
    long n = Rand.between(r, 1_000_000, 99_999_999);
    return Rand.pad((int) n, 8) + Checksums.dniLetter(n);
  }

  /** A Spanish NIE: X, Y or Z, seven digits and the mod-23 letter. */
  public static String esNie(RandomGenerator r) {
    int lead = r.nextInt(3);
    int n = r.nextInt(10_000_000);
    return "XYZ".charAt(lead) + Rand.pad(n, 7) + Checksums.dniLetter(lead * 10_000_000L + n);
  }

  public static String esDniNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, r.nextBoolean() ? esDni(r) : esNie(r), Checksums::dniOrNieValid);
  }

  /** A Dutch BSN (nine digits, eleven-proof). */
  public static String nlBsn(RandomGenerator r) {
    while (true) {
      String eight = Rand.between(r, 1, 6) + Rand.digits(r, 7);
      int s = 0;
      for (int i = 0; i < 8; i++) {
        s += (9 - i) * (eight.charAt(i) - '0');
      }
      int d9 = s % 11;
      if (d9 < 10) {
        return eight + d9;
      }
    }
  }

  public static String nlBsnNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, nlBsn(r), Checksums::bsnValid);
  }

  private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
  private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
  private static final List<String> NINO_BANNED = List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  /** A UK National Insurance number, {@code AB123456C} or {@code AB 12 34 56 C}. */
  public static String ukNino(RandomGenerator r) {
    String prefix;
    do {
      prefix = Rand.chars(r, NINO_FIRST, 1) + Rand.chars(r, NINO_SECOND, 1);
    } while (NINO_BANNED.contains(prefix));
    return formatNino(r, prefix + Rand.digits(r, 6) + "ABCD".charAt(r.nextInt(4)));
  }

  /** A NINO-shaped value with a prefix HMRC never allocates (e.g. GB, D?, ?O). */
  public static String ukNinoNearMiss(RandomGenerator r) {
    String prefix = Rand.pick(r, "GB", "BG", "NK", "TN", "DA", "QQ", "FO");
    return formatNino(r, prefix + Rand.digits(r, 6) + "ABCD".charAt(r.nextInt(4)));
  }

  private static String formatNino(RandomGenerator r, String v) {
    return r.nextBoolean() ? v : Rand.group(v, " ", 2, 2, 2, 2, 1);
  }

  /** A UK NHS number: ten digits, mod-11 check, printed 3-3-4 with spaces or compact. */
  public static String ukNhsCompact(RandomGenerator r) {
    while (true) {
      String nine = Rand.between(r, 4, 7) + Rand.digits(r, 8);
      int c = Checksums.nhsCheckDigit(nine);
      if (c >= 0) {
        return nine + c;
      }
    }
  }

  public static String ukNhs(RandomGenerator r) {
    String v = ukNhsCompact(r);
    return r.nextInt(3) == 0 ? v : Rand.group(v, r.nextInt(4) == 0 ? "-" : " ", 3, 3, 4);
  }

  public static String ukNhsNearMiss(RandomGenerator r) {
    return Rand.group(Rand.changeOneDigit(r, ukNhsCompact(r), Checksums::nhsValid), " ", 3, 3, 4);
  }

  /** A Polish PESEL: birth date (century in the month), serial, weighted check digit. */
  public static String plPesel(RandomGenerator r) {
    int year = Rand.between(r, 1930, 2015);
    int month = Rand.between(r, 1, 12) + (year >= 2000 ? 20 : 0);
    String ten = Rand.pad(year % 100, 2) + Rand.pad(month, 2) + Rand.pad(Rand.between(r, 1, 28), 2)
        + Rand.digits(r, 4);
    return ten + Checksums.peselCheckDigit(ten);
  }

  public static String plPeselNearMiss(RandomGenerator r) {
    return Rand.changeOneDigit(r, plPesel(r), Checksums::peselValid);
  }

  /** A Swedish personnummer {@code YYMMDD-NNNC} (Luhn over the nine digits), sometimes with century. */
  public static String sePersonnummer(RandomGenerator r) {
    int year = Rand.between(r, 1930, 2015);
    String nine = Rand.pad(year % 100, 2) + Rand.pad(Rand.between(r, 1, 12), 2) + Rand.pad(Rand.between(r, 1, 28), 2)
        + Rand.digits(r, 3);
    String ten = nine + Checksums.luhnCheckDigit(nine);
    return formatPnr(r, year, ten);
  }

  public static String sePersonnummerNearMiss(RandomGenerator r) {
    int year = Rand.between(r, 1930, 2015);
    String nine = Rand.pad(year % 100, 2) + Rand.pad(Rand.between(r, 1, 12), 2) + Rand.pad(Rand.between(r, 1, 28), 2)
        + Rand.digits(r, 3);
    int wrong = (Checksums.luhnCheckDigit(nine) + 1 + r.nextInt(9)) % 10;
    return formatPnr(r, year, nine + wrong);
  }

  private static String formatPnr(RandomGenerator r, int year, String ten) {
    String dated = r.nextInt(4) == 0 ? (year / 100) + ten : ten;
    return dated.substring(0, dated.length() - 4) + "-" + dated.substring(dated.length() - 4);
  }

  public static boolean deTaxIdValid(String v) {
    return Checksums.deTaxIdValid(v);
  }

  public static boolean frNirValid(String v) {
    return Checksums.nirValid(v);
  }

  public static boolean itCodiceFiscaleValid(String v) {
    return Checksums.codiceFiscaleValid(v);
  }

  public static boolean esDniOrNieValid(String v) {
    return Checksums.dniOrNieValid(v);
  }

  public static boolean nlBsnValid(String v) {
    return v.length() == 9 && Checksums.bsnValid(v);
  }

  public static boolean plPeselValid(String v) {
    return Checksums.peselValid(v);
  }

  public static boolean ukNhsValid(String v) {
    return Checksums.nhsValid(v);
  }
}
