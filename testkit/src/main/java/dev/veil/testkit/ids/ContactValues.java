package dev.veil.testkit.ids;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** E-mail addresses, phone numbers (US and European formats), IP addresses and URLs. */
public final class ContactValues {
  private ContactValues() {}

  private static final String[] DOMAINS = {"gmail.com", "outlook.com", "yahoo.com", "proton.me", "web.de",
      "orange.fr", "libero.it", "mercy-health.org", "northbank.co.uk", "kpn.nl", "telia.se", "wp.pl",
      "stanfordmed.edu", "acme-insurance.com"};

  /** A personal e-mail address such as {@code maria.okafor84@outlook.com}. */
  public static String email(RandomGenerator r) {
    String first = PersonalValues.firstName(r).toLowerCase(Locale.ROOT);
    String last = PersonalValues.lastName(r).toLowerCase(Locale.ROOT).replace(" ", "").replace("'", "");
    String local = switch (r.nextInt(5)) {
      case 0 -> first + "." + last;
      case 1 -> first.charAt(0) + last + Rand.between(r, 1, 99);
      case 2 -> first + "_" + last;
      case 3 -> last + "." + first + "+" + Rand.pick(r, "billing", "news", "clinic");
      default -> first + Rand.between(r, 1950, 2005);
    };
    return local + "@" + Rand.pick(r, DOMAINS);
  }

  private static final int[] US_AREAS = {212, 213, 303, 305, 312, 404, 415, 503, 512, 602, 617, 646, 702, 713,
      718, 773, 808, 857, 919, 972};

  /** A US number in one of the common layouts; exchange never 555 (reserved for fiction). */
  public static String phoneUs(RandomGenerator r) {
    String area = Integer.toString(Rand.pick(r, boxed(US_AREAS)));
    int ex;
    do {
      ex = Rand.between(r, 201, 989);
    } while (ex == 555 || ex % 100 == 11);
    String exchange = Integer.toString(ex);
    String line = Rand.digits(r, 4);
    return switch (r.nextInt(5)) {
      case 0 -> "(" + area + ") " + exchange + "-" + line;
      case 1 -> area + "-" + exchange + "-" + line;
      case 2 -> area + "." + exchange + "." + line;
      case 3 -> "+1 " + area + " " + exchange + " " + line;
      default -> "+1-" + area + "-" + exchange + "-" + line;
    };
  }

  /**
   * A phone number of the given ISO region (DE, FR, UK, ES, IT, NL, SE, PL, US), international
   * ({@code +49 ...}) or national layout, drawn from number ranges that libphonenumber accepts for
   * the region (checked when this class was written).
   */
  public static String phone(RandomGenerator r, String region) {
    boolean intl = r.nextBoolean();
    return switch (region) {
      case "DE" -> r.nextBoolean()
          ? (intl ? "+49 30 " : "030 ") + Rand.between(r, 2, 9) + Rand.digits(r, 7)
          : (intl ? "+49 " : "0") + Rand.pick(r, "151", "152", "160", "176") + " " + Rand.digits(r, 8);
      case "FR" -> (intl ? "+33 " : "0") + Rand.pick(r, "1 4" + Rand.between(r, 2, 5), "4 7" + Rand.between(r, 2, 8),
          "6 " + Rand.pick(r, "1", "2", "4", "5", "6", "7") + Rand.digits(r, 1), "7 " + Rand.between(r, 5, 8) + Rand.digits(r, 1)) + " "
          + Rand.group(Rand.digits(r, 6), " ", 2, 2, 2);
      case "UK", "GB" -> r.nextBoolean()
          ? (intl ? "+44 20 " : "020 ") + "7" + Rand.digits(r, 3) + " " + Rand.digits(r, 4)
          : (intl ? "+44 " : "0") + "7" + Rand.pick(r, "4", "5", "8") + Rand.digits(r, 2) + " " + Rand.digits(r, 6);
      case "ES" -> (intl ? "+34 " : "") + Rand.pick(r, "6" + Rand.digits(r, 2), "91" + Rand.digits(r, 1),
          "93" + Rand.digits(r, 1)) + " " + Rand.digits(r, 3) + " " + Rand.digits(r, 3);
      case "IT" -> r.nextBoolean()
          ? (intl ? "+39 " : "") + "06 " + Rand.digits(r, 4) + " " + Rand.digits(r, 4)
          : (intl ? "+39 " : "") + "3" + Rand.between(r, 2, 9) + Rand.digits(r, 1) + " " + Rand.digits(r, 3) + " "
              + Rand.digits(r, 4);
      case "NL" -> r.nextBoolean()
          ? (intl ? "+31 20 " : "020 ") + Rand.between(r, 2, 8) + Rand.digits(r, 2) + " " + Rand.digits(r, 4)
          : (intl ? "+31 6 " : "06 ") + Rand.between(r, 1, 5) + Rand.digits(r, 7);
      case "SE" -> r.nextBoolean()
          ? (intl ? "+46 8 " : "08-") + Rand.between(r, 5, 7) + Rand.digits(r, 2) + " " + Rand.digits(r, 3)
              + " " + Rand.digits(r, 2)
          : (intl ? "+46 " : "0") + "7" + Rand.pick(r, "0", "2", "3", "6") + (intl ? " " : "-")
              + Rand.digits(r, 3) + " " + Rand.digits(r, 2) + " " + Rand.digits(r, 2);
      case "PL" -> (intl ? "+48 " : "") + (r.nextBoolean()
          ? "22 " + Rand.between(r, 2, 8) + Rand.digits(r, 2) + " " + Rand.digits(r, 2) + " " + Rand.digits(r, 2)
          : Rand.pick(r, "5" + Rand.digits(r, 2), "6" + Rand.digits(r, 2), "7" + Rand.between(r, 2, 9) + Rand.digits(r, 1))
              + " " + Rand.digits(r, 3) + " " + Rand.digits(r, 3));
      case "US" -> phoneUs(r);
      default -> throw new IllegalArgumentException("no phone layout for region " + region);
    };
  }

  private static Integer[] boxed(int[] a) {
    Integer[] b = new Integer[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i];
    }
    return b;
  }

  /** An IPv4 address (public or private ranges, never 0.x or 255.x). */
  public static String ipv4(RandomGenerator r) {
    return switch (r.nextInt(3)) {
      case 0 -> "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + Rand.between(r, 1, 254);
      case 1 -> "192.168." + r.nextInt(256) + "." + Rand.between(r, 1, 254);
      default -> Rand.between(r, 11, 223) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + Rand.between(r, 1, 254);
    };
  }

  /** An IPv6 address, full, zero-compressed or link-local. */
  public static String ipv6(RandomGenerator r) {
    String[] g = new String[8];
    for (int i = 0; i < 8; i++) {
      g[i] = Integer.toHexString(r.nextInt(0x10000));
    }
    return switch (r.nextInt(3)) {
      case 0 -> "2001:db8:" + g[2] + ":" + g[3] + "::" + g[6] + ":" + g[7];
      case 1 -> "fe80::" + g[4] + ":" + g[5] + ":" + g[6] + ":" + g[7];
      default -> "2a02:" + String.join(":", java.util.Arrays.copyOfRange(g, 1, 8));
    };
  }

  public static String ipAddress(RandomGenerator r) {
    return r.nextInt(3) == 0 ? ipv6(r) : ipv4(r);
  }

  private static final String[] HOSTS = {"portal.mercy-health.org", "www.northbank.co.uk", "myhealth.kaiserlike.com",
      "app.acme-insurance.com", "drive.filebox.io", "www.linkedin.com/in", "patient.clinic-rheinland.de"};

  /** A URL that points at something about a person (a profile, a record, a shared file). */
  public static String url(RandomGenerator r) {
    String host = Rand.pick(r, HOSTS);
    String path = switch (r.nextInt(4)) {
      case 0 -> "/records/" + Rand.digits(r, 6);
      case 1 -> "/" + PersonalValues.firstName(r).toLowerCase(Locale.ROOT) + "-"
          + PersonalValues.lastName(r).toLowerCase(Locale.ROOT).replace(" ", "").replace("'", "") + "-"
          + Rand.digits(r, 3);
      case 2 -> "/share/" + Rand.chars(r, Rand.ALNUM, 12) + "?dl=1";
      default -> "/account/statements?id=" + Rand.digits(r, 8);
    };
    String scheme = host.startsWith("www.") && r.nextBoolean() ? "" : "https://";
    return scheme + host + path;
  }
}
