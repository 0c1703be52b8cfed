package dev.veil.testkit.ids;

/**
 * Check-digit algorithms, written from the public specifications and independent of the
 * detectors' validators on purpose: a shared bug would make the evaluation agree with itself.
 */
final class Checksums {
  private Checksums() {}

  /** Luhn (ISO/IEC 7812-1) check digit for a payload of decimal digits. */
  static int luhnCheckDigit(String payload) {
    int sum = 0;
    boolean dbl = true; // the digit left of the check digit is doubled
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  static boolean luhnValid(String digits) {
    if (digits.length() < 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return luhnCheckDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
  }

  /** ISO 7064 MOD 97-10 remainder of an IBAN-style string (letters as 10..35). */
  static int mod97(String s) {
    int r = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : Character.toUpperCase(c) - 'A' + 10;
      r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
    }
    return r;
  }

  static boolean ibanValid(String compact) {
    if (compact.length() < 5) {
      return false;
    }
    return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
  }

  /** ABA routing transit number: 3-7-1 weights, sum divisible by 10. */
  static boolean abaValid(String nine) {
    int[] w = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += w[i] * (nine.charAt(i) - '0');
    }
    return s % 10 == 0;
  }

  static int abaCheckDigit(String eight) {
    int[] w = {3, 7, 1, 3, 7, 1, 3, 7};
    int s = 0;
    for (int i = 0; i < 8; i++) {
      s += w[i] * (eight.charAt(i) - '0');
    }
    return (10 - s % 10) % 10;
  }

  /** NPI: Luhn over the card-issuer prefix 80840 followed by the ten digits. */
  static boolean npiValid(String ten) {
    return ten.length() == 10 && luhnValid("80840" + ten);
  }

  /** DEA: (d1+d3+d5) + 2*(d2+d4+d6), last digit equals d7. */
  static int deaCheckDigit(String sixDigits) {
    int odd = (sixDigits.charAt(0) - '0') + (sixDigits.charAt(2) - '0') + (sixDigits.charAt(4) - '0');
    int even = (sixDigits.charAt(1) - '0') + (sixDigits.charAt(3) - '0') + (sixDigits.charAt(5) - '0');
    return (odd + 2 * even) % 10;
  }

  static boolean deaValid(String dea) {
    return dea.length() == 9 && deaCheckDigit(dea.substring(2, 8)) == dea.charAt(8) - '0';
  }

  private static final String VIN_MAP = "ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final int[] VIN_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
  private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /** VIN check character (49 CFR 565.15): transliterate, weight, mod 11, 10 is 'X'. */
  static char vinCheckChar(String vin17) {
    int s = 0;
    for (int i = 0; i < 17; i++) {
      char c = vin17.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : VIN_VALUES[VIN_MAP.indexOf(c)];
      s += v * VIN_WEIGHTS[i];
    }
    int r = s % 11;
    return r == 10 ? 'X' : (char) ('0' + r);
  }

  static boolean vinValid(String vin) {
    return vin.length() == 17 && vinCheckChar(vin) == vin.charAt(8);
  }

  /** German Steuer-IdNr check digit: ISO 7064 MOD 11,10 over the first ten digits. */
  static int deTaxIdCheckDigit(String ten) {
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (ten.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    return check == 10 ? 0 : check;
  }

  static boolean deTaxIdValid(String eleven) {
    return eleven.length() == 11 && deTaxIdCheckDigit(eleven.substring(0, 10)) == eleven.charAt(10) - '0';
  }

  /** French NIR key: 97 - (first 13 digits mod 97). */
  static int nirKey(String thirteen) {
    return 97 - (int) (Long.parseLong(thirteen) % 97);
  }

  static boolean nirValid(String fifteen) {
    return fifteen.length() == 15 && nirKey(fifteen.substring(0, 13)) == Integer.parseInt(fifteen.substring(13));
  }

  private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
      10, 22, 25, 24, 23};

  /** Italian codice fiscale check character over the first fifteen characters. */
  static char codiceFiscaleCheck(String fifteen) {
    int s = 0;
    for (int i = 0; i < 15; i++) {
      char c = fifteen.charAt(i);
      int idx = Character.isDigit(c) ? c - '0' : c - 'A';
      s += (i % 2 == 0) ? CF_ODD[idx] : idx; // positions 1,3,5... (1-based) are "odd"
    }
    return (char) ('A' + s % 26);
  }

  static boolean codiceFiscaleValid(String cf) {
    return cf.length() == 16 && codiceFiscaleCheck(cf.substring(0, 15)) == cf.charAt(15);
  }

  static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  static char dniLetter(long number) {
    return DNI_LETTERS.charAt((int) (number % 23));
  }

  /** DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
  static boolean dniOrNieValid(String v) {
    if (v.length() != 9) {
      return false;
    }
    String body = v.substring(0, 8);
    char first = body.charAt(0);
    if (first == 'X' || first == 'Y' || first == 'Z') {
      body = (first - 'X') + body.substring(1);
    }
    if (!body.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return dniLetter(Long.parseLong(body)) == v.charAt(8);
  }

  /** Dutch BSN eleven-proof: 9*d1 + ... + 2*d8 - d9 divisible by 11. */
  static boolean bsnValid(String nine) {
    int s = 0;
    for (int i = 0; i < 8; i++) {
      s += (9 - i) * (nine.charAt(i) - '0');
    }
    s -= nine.charAt(8) - '0';
    return s % 11 == 0;
  }

  private static final int[] PESEL_W = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  static int peselCheckDigit(String ten) {
    int s = 0;
    for (int i = 0; i < 10; i++) {
      s += PESEL_W[i] * (ten.charAt(i) - '0');
    }
    return (10 - s % 10) % 10;
  }

  static boolean peselValid(String eleven) {
    return eleven.length() == 11 && peselCheckDigit(eleven.substring(0, 10)) == eleven.charAt(10) - '0';
  }

  /** NHS number: weights 10..2, check = 11 - (sum mod 11); 11 is 0, 10 is invalid (-1 here). */
  static int nhsCheckDigit(String nine) {
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += (10 - i) * (nine.charAt(i) - '0');
    }
    int c = 11 - s % 11;
    return c == 11 ? 0 : c == 10 ? -1 : c;
  }

  static boolean nhsValid(String ten) {
    return ten.length() == 10 && nhsCheckDigit(ten.substring(0, 9)) == ten.charAt(9) - '0';
  }
}
