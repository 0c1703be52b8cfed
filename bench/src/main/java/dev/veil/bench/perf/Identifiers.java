package dev.veil.bench.perf;

import java.util.Random;

/**
 * Valid-looking identifiers for the benchmark texts, drawn from a caller's seeded {@link Random} so
 * that a text is the same in every run. Checksums (Luhn, IBAN mod-97) are computed, so validating
 * detectors do their full work instead of rejecting early. Not a test oracle: the accuracy corpus
 * lives in {@code dev.veil.bench.eval}.
 */
final class Identifiers {
  private static final String[] FIRST = {
    "Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Fatima", "Liam", "Priya", "Jonas",
    "Emma", "Noah", "Sofia", "Mateo", "Hannah", "Yusuf", "Chloe", "Ethan", "Ingrid", "Kenji"
  };
  private static final String[] LAST = {
    "Alvarez", "Okafor", "Schmidt", "Nguyen", "Kowalski", "Haddad", "Johansson", "Patel",
    "Rossi", "Dubois", "Tanaka", "Murphy", "Novak", "Fischer", "Moreau", "Jensen", "Silva",
    "Brennan", "Costa", "Weber"
  };
  private static final String[] STREETS = {"Maple Avenue", "Harbor Road", "Elm Street", "Lakeview Drive",
    "Quarry Lane", "Bridge Street", "Orchard Way"};
  private static final String[] CITIES = {"Springfield, IL 62704", "Portland, OR 97205", "Austin, TX 78701",
    "Albany, NY 12207", "Madison, WI 53703"};
  private static final String[] DOMAINS = {"example.com", "mail.example.org", "clinic.example.net",
    "corp.example.co.uk"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
    "Oct", "Nov", "Dec"};

  private final Random r;

  Identifiers(Random r) {
    this.r = r;
  }

  String firstName() {
    return pick(FIRST);
  }

  String lastName() {
    return pick(LAST);
  }

  String fullName() {
    return firstName() + " " + lastName();
  }

  /** SSA-valid area (not 000, 666, 900+), group and serial, dashed. */
  String ssn() {
    int area;
    do {
      area = 1 + r.nextInt(899);
    } while (area == 666);
    return String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
  }

  /** A 16-digit Visa/Mastercard or 15-digit Amex number with a valid Luhn digit, in a common grouping. */
  String card() {
    String prefix;
    int length;
    switch (r.nextInt(3)) {
      case 0 -> { prefix = "4"; length = 16; }
      case 1 -> { prefix = "5" + (1 + r.nextInt(5)); length = 16; }
      default -> { prefix = r.nextBoolean() ? "34" : "37"; length = 15; }
    }
    StringBuilder d = new StringBuilder(prefix);
    while (d.length() < length - 1) {
      d.append(r.nextInt(10));
    }
    d.append(luhnDigit(d));
    String digits = d.toString();
    int style = r.nextInt(3);
    if (style == 0) {
      return digits;
    }
    char sep = style == 1 ? ' ' : '-';
    if (length == 15) {
      return digits.substring(0, 4) + sep + digits.substring(4, 10) + sep + digits.substring(10);
    }
    return digits.substring(0, 4) + sep + digits.substring(4, 8) + sep + digits.substring(8, 12) + sep
        + digits.substring(12);
  }

  /** A DE, NL or GB IBAN with correct mod-97 check digits, printed in groups of four half the time. */
  String iban() {
    String country;
    String bban;
    switch (r.nextInt(3)) {
      case 0 -> { country = "DE"; bban = digits(18); }
      case 1 -> { country = "NL"; bban = letters(4) + digits(10); }
      default -> { country = "GB"; bban = letters(4) + digits(14); }
    }
    String iban = country + ibanCheck(country, bban) + bban;
    if (r.nextBoolean()) {
      return iban;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return b.toString();
  }

  String email() {
    return firstName().toLowerCase(java.util.Locale.ROOT) + "." + lastName().toLowerCase(java.util.Locale.ROOT)
        + (r.nextInt(4) == 0 ? Integer.toString(r.nextInt(100)) : "") + "@" + pick(DOMAINS);
  }

  String phone() {
    int area = 201 + r.nextInt(780);
    int exchange = 201 + r.nextInt(780);
    int line = r.nextInt(10000);
    return switch (r.nextInt(4)) {
      case 0 -> String.format("(%03d) %03d-%04d", area, exchange, line);
      case 1 -> String.format("%03d-%03d-%04d", area, exchange, line);
      case 2 -> String.format("+1 %03d %03d %04d", area, exchange, line);
      default -> String.format("+49 30 %08d", r.nextInt(100_000_000));
    };
  }

  String date() {
    int y = 1930 + r.nextInt(95);
    int m = 1 + r.nextInt(12);
    int d = 1 + r.nextInt(28);
    return switch (r.nextInt(4)) {
      case 0 -> String.format("%02d/%02d/%04d", m, d, y);
      case 1 -> String.format("%04d-%02d-%02d", y, m, d);
      case 2 -> MONTHS[m - 1] + " " + d + ", " + y;
      default -> String.format("%02d.%02d.%04d", d, m, y);
    };
  }

  String mrn() {
    return digits(8);
  }

  String ipv4() {
    return (10 + r.nextInt(180)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  String url() {
    return "https://portal." + pick(DOMAINS) + "/patients/" + digits(6) + "?view=summary";
  }

  String address() {
    return (10 + r.nextInt(9000)) + " " + pick(STREETS) + ", " + pick(CITIES);
  }

  /** A string shaped like an AWS access key id; not a real key. */
  String accessKeyLike() {
    return "AKIA" + upperAlnum(16);
  }

  int age() {
    return 18 + r.nextInt(80);
  }

  String pick(String[] options) {
    return options[r.nextInt(options.length)];
  }

  String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  private String letters(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  private String upperAlnum(int n) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static char luhnDigit(CharSequence payload) {
    int sum = 0;
    boolean dbl = true; // the check digit will sit to the right, so the last payload digit doubles
    for (int i = payload.length() - 1; i >= 0; i--) {
      int v = payload.charAt(i) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  static boolean luhnValid(CharSequence digits) {
    return luhnDigit(digits.subSequence(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
  }

  static String ibanCheck(String country, String bban) {
    int rem = mod97(bban + country + "00");
    return String.format("%02d", 98 - rem);
  }

  static int mod97(String s) {
    int rem = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        rem = (rem * 10 + (c - '0')) % 97;
      } else {
        rem = (rem * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return rem;
  }
}
