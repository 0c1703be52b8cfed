package dev.veil.internal.transform;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.transform.Operator;
import dev.veil.transform.TransformSession;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Realistic surrogates: a fake value of the same shape, consistent within a conversation and
 * reversible through it. Names come from two small disjoint lists (first names, family names) made
 * for this project, chosen not to be common English words so that restoring them cannot hit an
 * ordinary word; three-part names get a middle initial, so no concatenation of two surrogate names
 * reads as a third. Emails use the reserved {@code example.*} domains; US phone numbers the
 * fictional 555-01xx range; card numbers keep their first digit and pass Luhn; other identifiers
 * keep every separator and letter case, with fresh digits and letters. Types with no plausible fake
 * form (places, organizations, ages...) get a typed tag.
 */
public final class Surrogates implements Operator {
  public static final Surrogates INSTANCE = new Surrogates();

  static final List<String> FIRST = List.of(
      "Anouk", "Bertil", "Calliope", "Dagny", "Eamon", "Folasade", "Gwendal", "Halvard", "Ilse",
      "Jorunn", "Kasimir", "Leocadia", "Maelis", "Nuno", "Odalys", "Pernille", "Quillon", "Radomir",
      "Solveig", "Tamsin", "Ulrike", "Vasco", "Wilhelmina", "Ximena", "Yannick", "Zoltan", "Agathe",
      "Bohdan", "Cosima", "Dorian", "Elodie", "Feodor", "Griselda", "Hamish", "Isolde", "Jarek");
  static final List<String> LAST = List.of(
      "Abernethy", "Bjornstad", "Castellanos", "Dembele", "Eriksdottir", "Fairweather", "Gallardo",
      "Halloran", "Ibarguen", "Jankowski", "Kowalczyk", "Lindqvist", "Mastrangelo", "Nakagawa",
      "Okonkwo", "Przybylski", "Quintanilla", "Rautenberg", "Szczepanski", "Thorvaldsen", "Uchenna",
      "Valdivieso", "Wojciechowski", "Xiomara", "Yilmazer", "Zabrowski", "Achterberg", "Brannigan",
      "Cienfuegos", "Drummond", "Echeverria", "Fitzwilliam", "Gudmundsen", "Hakkarainen");

  static final int MIN_SHAPED = 4;

  private Surrogates() {}

  @Override
  public String name() {
    return "surrogate";
  }

  @Override
  public String apply(String value, Finding finding, TransformSession session) {
    EntityType type = finding.type();
    SecureRandom r = session.random();
    switch (type) {
      case PERSON:
        return session.pseudonym(type, name(), value, a -> person(value, r));
      case EMAIL_ADDRESS:
        return session.pseudonym(type, name(), value, a -> email(r, a));
      case DATE: {
        Optional<String> shifted = DateShift.shift(value, session.dateShiftDays());
        if (shifted.isEmpty()) {
          return session.tagFor(type, value);
        }
        return session.pseudonym(type, name(), value, a -> a == 0 ? shifted.get() : null);
      }
      case PHONE_NUMBER:
        return shaped(value, type, session, a -> phone(value, r));
      case CREDIT_CARD:
        return shaped(value, type, session, a -> card(value, r));
      case US_SSN: case US_ITIN: case MEDICAL_RECORD_NUMBER: case HEALTH_PLAN_ID: case ACCOUNT_NUMBER:
      case IBAN: case LICENSE_NUMBER: case US_NPI: case US_DEA: case VEHICLE_ID: case DEVICE_ID:
      case NATIONAL_ID: case UK_NHS_NUMBER: case PASSPORT_NUMBER: case OTHER_ID: case ZIP_CODE:
      case US_BANK_ROUTING:
        return shaped(value, type, session, a -> scramble(value, r, 0));
      default:
        return session.tagFor(type, value);
    }
  }

  private String shaped(String value, EntityType type, TransformSession session,
      java.util.function.IntFunction<String> candidate) {
    // a fake of fewer than four letters/digits is neither plausible nor safely restorable
    // (restoring "7" would rewrite every 7 in the answer)
    // (letters outside ASCII are kept as they are, so they do not count)
    if (value.chars().filter(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        .count() < MIN_SHAPED) {
      return session.tagFor(type, value);
    }
    return session.pseudonym(type, name(), value, candidate);
  }

  static String person(String value, SecureRandom r) {
    String[] parts = value.trim().split("\\s+");
    StringBuilder b = new StringBuilder();
    int i = 0;
    if (parts.length > 1 && parts[0].endsWith(".")) {
      b.append(parts[0]).append(' '); // keep a title such as "Dr."
      i = 1;
    }
    int names = parts.length - i;
    String first = FIRST.get(r.nextInt(FIRST.size()));
    String last = LAST.get(r.nextInt(LAST.size()));
    if (names <= 1) {
      b.append(last);
    } else if (names == 2) {
      b.append(first).append(' ').append(last);
    } else {
      b.append(first).append(' ').append((char) ('A' + r.nextInt(26))).append(". ").append(last);
    }
    String s = b.toString();
    boolean upper = value.equals(value.toUpperCase(Locale.ROOT)) && !value.equals(value.toLowerCase(Locale.ROOT));
    return upper ? s.toUpperCase(Locale.ROOT) : s;
  }

  static String email(SecureRandom r, int attempt) {
    String[] domains = {"example.com", "example.org", "example.net"};
    String first = FIRST.get(r.nextInt(FIRST.size())).toLowerCase(Locale.ROOT);
    String last = LAST.get(r.nextInt(LAST.size())).toLowerCase(Locale.ROOT);
    String suffix = attempt > 4 ? String.valueOf(r.nextInt(1000)) : "";
    return first + "." + last + suffix + "@" + domains[r.nextInt(domains.length)];
  }

  static String phone(String value, SecureRandom r) {
    String d = RestoreKeys.digits(value);
    String national = d.length() == 11 && d.charAt(0) == '1' ? d.substring(1) : d;
    if (national.length() != 10) {
      return scramble(value, r, 1);
    }
    // NANP: area code 2-9xx, exchange 555, line 0100-0199 (reserved for fiction)
    String fake = (2 + r.nextInt(8)) + "" + r.nextInt(10) + r.nextInt(10) + "555" + "01"
        + r.nextInt(10) + r.nextInt(10);
    String all = d.length() == 11 ? "1" + fake : fake;
    return FpeOperator.putDigits(value, all);
  }

  static String card(String value, SecureRandom r) {
    String d = RestoreKeys.digits(value);
    if (d.length() < 12) {
      return scramble(value, r, 1);
    }
    StringBuilder b = new StringBuilder().append(d.charAt(0));
    for (int i = 1; i < d.length() - 1; i++) {
      b.append(r.nextInt(10));
    }
    b.append(luhnCheckDigit(b));
    return FpeOperator.putDigits(value, b.toString());
  }

  static int luhnCheckDigit(CharSequence payload) {
    int sum = 0;
    boolean dbl = true;
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
    return (10 - sum % 10) % 10;
  }

  /** Fresh digits and letters (same case) in place; the first {@code keep} digits stay. */
  static String scramble(String value, SecureRandom r, int keep) {
    StringBuilder b = new StringBuilder(value.length());
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (RestoreKeys.isAsciiDigit(c)) {
        b.append(digits++ < keep ? c : (char) ('0' + r.nextInt(10)));
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) ('A' + r.nextInt(26)));
      } else if (c >= 'a' && c <= 'z') {
        b.append((char) ('a' + r.nextInt(26)));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
