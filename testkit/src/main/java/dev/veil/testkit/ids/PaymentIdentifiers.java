package dev.veil.testkit.ids;

import java.util.List;
import java.util.random.RandomGenerator;

/** Card numbers (Luhn, real IIN ranges), IBANs (mod 97) and SWIFT/BIC codes. */
public final class PaymentIdentifiers {
  private PaymentIdentifiers() {}

  /** Card brands with their issuer identification number ranges and lengths. */
  public enum CardBrand {
    VISA(16), MASTERCARD(16), AMEX(15), DISCOVER(16), JCB(16), DINERS(14);

    private final int length;

    CardBrand(int length) {
      this.length = length;
    }

    public int length() {
      return length;
    }

    String prefix(RandomGenerator r) {
      return switch (this) {
        case VISA -> "4";
        case MASTERCARD -> r.nextBoolean() ? Integer.toString(Rand.between(r, 51, 55))
            : Integer.toString(Rand.between(r, 2221, 2720));
        case AMEX -> r.nextBoolean() ? "34" : "37";
        case DISCOVER -> Rand.pick(r, "6011", Integer.toString(Rand.between(r, 644, 649)), "65");
        case JCB -> Integer.toString(Rand.between(r, 3528, 3589));
        case DINERS -> Rand.pick(r, Integer.toString(Rand.between(r, 300, 305)), "36", "38", "39");
      };
    }
  }

  /** A card number of a random brand, digits only, Luhn-valid. */
  public static String cardCompact(RandomGenerator r) {
    return cardCompact(r, CardBrand.values()[r.nextInt(CardBrand.values().length)]);
  }

  public static String cardCompact(RandomGenerator r, CardBrand brand) {
    String p = brand.prefix(r);
    String payload = p + Rand.digits(r, brand.length() - 1 - p.length());
    return payload + Checksums.luhnCheckDigit(payload);
  }

  /** A valid card number, printed in groups (spaces or dashes) or as one run of digits. */
  public static String card(RandomGenerator r) {
    return formatCard(r, cardCompact(r));
  }

  /** A card-shaped number with one digit changed, so the Luhn check fails. */
  public static String cardNearMiss(RandomGenerator r) {
    return formatCard(r, Rand.changeOneDigit(r, cardCompact(r), Checksums::luhnValid));
  }

  public static boolean luhnValid(String digits) {
    return Checksums.luhnValid(digits);
  }

  static String formatCard(RandomGenerator r, String digits) {
    int style = r.nextInt(3);
    if (style == 0) {
      return digits;
    }
    String sep = style == 1 ? " " : "-";
    if (digits.length() == 15) {
      return Rand.group(digits, sep, 4, 6, 5); // Amex
    }
    if (digits.length() == 14) {
      return Rand.group(digits, sep, 4, 6, 4); // Diners
    }
    return Rand.fours(digits, sep);
  }

  /** One country's BBAN layout: how to draw the basic bank account number. */
  private record IbanCountry(String code, String layout) {}

  // n = digit, a = upper-case letter, c = letter or digit (SWIFT IBAN registry layouts; FR account
  // numbers may hold letters, Swiss ones are digits in practice)
  private static final List<IbanCountry> IBAN_COUNTRIES = List.of(
      new IbanCountry("DE", "nnnnnnnnnnnnnnnnnn"),
      new IbanCountry("FR", "nnnnnnnnnncccccccccccnn"),
      new IbanCountry("GB", "aaaannnnnnnnnnnnnn"),
      new IbanCountry("ES", "nnnnnnnnnnnnnnnnnnnn"),
      new IbanCountry("IT", "annnnnnnnnncccccccccccc"),
      new IbanCountry("NL", "aaaannnnnnnnnn"),
      new IbanCountry("BE", "nnnnnnnnnnnn"),
      new IbanCountry("AT", "nnnnnnnnnnnnnnnn"),
      new IbanCountry("CH", "nnnnnnnnnnnnnnnnn"),
      new IbanCountry("PL", "nnnnnnnnnnnnnnnnnnnnnnnn"),
      new IbanCountry("SE", "nnnnnnnnnnnnnnnnnnnn"),
      new IbanCountry("IE", "aaaannnnnnnnnnnnnn"));

  /** Country codes {@link #iban(RandomGenerator, String)} knows. */
  public static List<String> ibanCountries() {
    return IBAN_COUNTRIES.stream().map(IbanCountry::code).toList();
  }

  /** A compact, mod-97-valid IBAN of the given country. */
  public static String ibanCompact(RandomGenerator r, String country) {
    IbanCountry c = IBAN_COUNTRIES.stream().filter(x -> x.code().equals(country)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no IBAN layout for " + country));
    StringBuilder bban = new StringBuilder();
    for (char k : c.layout().toCharArray()) {
      bban.append(switch (k) {
        case 'n' -> (char) ('0' + r.nextInt(10));
        case 'a' -> Rand.UPPER.charAt(r.nextInt(26));
        default -> Rand.ALNUM_UPPER.charAt(r.nextInt(36));
      });
    }
    int check = 98 - Checksums.mod97(bban + country + "00");
    return country + Rand.pad(check, 2) + bban;
  }

  /** A valid IBAN of a random country, compact or in groups of four. */
  public static String iban(RandomGenerator r) {
    return iban(r, Rand.pick(r, ibanCountries()));
  }

  public static String iban(RandomGenerator r, String country) {
    String v = ibanCompact(r, country);
    return r.nextInt(3) == 0 ? v : Rand.fours(v, " ");
  }

  /** An IBAN with one digit changed, so the mod-97 check fails. */
  public static String ibanNearMiss(RandomGenerator r) {
    String v = Rand.changeOneDigit(r, ibanCompact(r, Rand.pick(r, ibanCountries())), Checksums::ibanValid);
    return r.nextInt(3) == 0 ? v : Rand.fours(v, " ");
  }

  public static boolean ibanValid(String compact) {
    return Checksums.ibanValid(compact);
  }

  private static final String[] BIC_COUNTRIES = {"DE", "FR", "GB", "ES", "IT", "NL", "BE", "CH", "US", "SE", "PL"};

  /** A SWIFT/BIC: 4-letter bank, ISO country, 2-character location, optional 3-character branch. */
  public static String swiftBic(RandomGenerator r) {
    String loc = Rand.chars(r, Rand.UPPER, 1) + Rand.chars(r, Rand.ALNUM_UPPER.replace("0", ""), 1);
    String bic = Rand.chars(r, Rand.UPPER, 4) + Rand.pick(r, BIC_COUNTRIES) + loc;
    return r.nextBoolean() ? bic : bic + (r.nextBoolean() ? "XXX" : Rand.chars(r, Rand.ALNUM_UPPER, 3));
  }
}
