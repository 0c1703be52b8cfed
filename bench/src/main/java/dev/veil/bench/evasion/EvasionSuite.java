package dev.veil.bench.evasion;

import dev.veil.EntityType;
import dev.veil.Finding;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditSink;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A labelled set of obfuscated identifiers — the ways users and attackers write identifiers to slip
 * them past pattern matching — and the detection rate of a {@link Guard} on each technique.
 *
 * <p>Each case plants one identifier, obfuscated by one technique, in a sentence; it counts as
 * detected when a finding of the right type overlaps the planted span. Run:
 *
 * <pre>
 * ./mvnw -q -B -pl bench -am package -DskipTests
 * java -cp bench/target/veil-bench.jar dev.veil.bench.evasion.EvasionSuite
 * </pre>
 *
 * which prints the table and writes {@code docs/evaluation-evasion.md}.
 */
public final class EvasionSuite {
  private EvasionSuite() {}

  /** One identifier in its plain written form. */
  record Identifier(EntityType type, String value, String context) {}

  /** One obfuscation technique. */
  record Technique(String name, UnaryOperator<String> apply, boolean jsonString) {}

  /** One case: the text, and where the planted identifier is. */
  record Case(String technique, EntityType type, String text, int start, int end) {}

  /** Detection counts for one technique. */
  record Rate(int detected, int total) {
    double rate() {
      return total == 0 ? Double.NaN : detected / (double) total;
    }
  }

  static final List<Identifier> IDENTIFIERS = List.of(
      new Identifier(EntityType.US_SSN, "536-22-8119", "my SSN is"),
      new Identifier(EntityType.US_SSN, "219-09-9999", "social security number"),
      new Identifier(EntityType.US_SSN, "078-05-1120", "SSN:"),
      new Identifier(EntityType.CREDIT_CARD, "4111 1111 1111 1111", "card number"),
      new Identifier(EntityType.CREDIT_CARD, "5555 5555 5555 4444", "charge card"),
      new Identifier(EntityType.CREDIT_CARD, "3782 822463 10005", "amex"),
      new Identifier(EntityType.IBAN, "DE89 3704 0044 0532 0130 00", "IBAN"),
      new Identifier(EntityType.IBAN, "GB29 NWBK 6016 1331 9268 19", "refund to IBAN"),
      new Identifier(EntityType.EMAIL_ADDRESS, "margaret.odonnell@example.org", "write to"),
      new Identifier(EntityType.EMAIL_ADDRESS, "j.smith@clinic-example.com", "email"),
      new Identifier(EntityType.PHONE_NUMBER, "(617) 555-0143", "call me at"),
      new Identifier(EntityType.PHONE_NUMBER, "+49 30 901820", "Telefon"));

  private static final String[] DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine"};

  static final List<Technique> TECHNIQUES = List.of(
      new Technique("plain", s -> s, false),
      new Technique("fullwidth digits", s -> map(s, c -> c >= '0' && c <= '9' ? (char) (c - '0' + 0xFF10) : c), false),
      new Technique("Arabic-Indic digits", s -> map(s, c -> c >= '0' && c <= '9' ? (char) (c - '0' + 0x0660) : c), false),
      new Technique("zero-width space between characters", s -> interleave(s, "\u200B"), false),
      new Technique("soft hyphens inside", s -> interleave(s, "\u00AD"), false),
      new Technique("no-break spaces as separators", s -> s.replace(' ', '\u00A0').replace('-', '\u00A0'), false),
      new Technique("spaced-out characters", s -> interleave(s.replace(" ", ""), " "), false),
      new Technique("line break inside", s -> s.substring(0, s.length() / 2) + "\n" + s.substring(s.length() / 2), false),
      new Technique("Cyrillic/Greek look-alikes", EvasionSuite::homoglyphs, false),
      new Technique("digits spelled out", EvasionSuite::spellDigits, false),
      new Technique("e-mail with 'at' and 'dot'", s -> s.contains("@") ? s.replace("@", " at ").replace(".", " dot ") : s, false),
      new Technique("base64", s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)), false),
      new Technique("URL-encoded", s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("-", "%2D").replace(".", "%2E"), false),
      new Technique("JSON unicode escapes", EvasionSuite::jsonEscapeDigits, true),
      new Technique("Markdown table cell", s -> "| field | value |\n|---|---|\n| id | " + s + " |", false));

  static String map(String s, java.util.function.IntUnaryOperator f) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append((char) f.applyAsInt(c)));
    return b.toString();
  }

  static String interleave(String s, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  static String homoglyphs(String s) {
    return s.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E').replace('c', '\u0441')
        .replace('p', '\u0440').replace('E', '\u0395').replace('B', '\u0412');
  }

  static String spellDigits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
        b.append(DIGIT_WORDS[c - '0']).append(' ');
      } else if (c != ' ' && c != '-') {
        b.append(c);
      }
    }
    return b.toString().trim();
  }

  static String jsonEscapeDigits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** All cases: every identifier under every technique. */
  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (Technique t : TECHNIQUES) {
      for (Identifier id : IDENTIFIERS) {
        String obfuscated = t.apply().apply(id.value());
        String prefix = t.jsonString() ? "{\"note\": \"Please update: " + id.context() + " "
            : "Please update the record, " + id.context() + " ";
        String suffix = t.jsonString() ? ", thanks\"}" : ", thanks.";
        String text = prefix + obfuscated + suffix;
        out.add(new Case(t.name(), id.type(), text, prefix.length(), prefix.length() + obfuscated.length()));
      }
    }
    return out;
  }

  /** Detection rate per technique (in technique order). */
  public static Map<String, Rate> evaluate(Guard guard) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Technique t : TECHNIQUES) {
      counts.put(t.name(), new int[2]);
    }
    for (Case c : cases()) {
      int[] n = counts.get(c.technique());
      n[1]++;
      for (Finding f : guard.inspect(c.text(), GuardContext.defaults())) {
        if (f.type() == c.type() && f.start() < c.end() && c.start() < f.end()) {
          n[0]++;
          break;
        }
      }
    }
    Map<String, Rate> rates = new LinkedHashMap<>();
    counts.forEach((k, v) -> rates.put(k, new Rate(v[0], v[1])));
    return rates;
  }

  static String table(Map<String, Rate> rates) {
    StringBuilder b = new StringBuilder("| technique | detected | rate |\n|---|---:|---:|\n");
    int d = 0;
    int n = 0;
    for (Map.Entry<String, Rate> e : rates.entrySet()) {
      b.append(String.format(java.util.Locale.ROOT, "| %s | %d / %d | %.2f |%n", e.getKey(), e.getValue().detected(),
          e.getValue().total(), e.getValue().rate()));
      d += e.getValue().detected();
      n += e.getValue().total();
    }
    b.append(String.format(java.util.Locale.ROOT, "| **all** | %d / %d | %.2f |%n", d, n, d / (double) n));
    return b.toString();
  }

  public static void main(String[] args) throws IOException {
    Guard guard = Guard.builder().discoverDetectors().auditSink(AuditSink.discarding()).build();
    String table = table(evaluate(guard));
    System.out.println(table);
    Path doc = Path.of(args.length > 0 ? args[0] : "docs/evaluation-evasion.md");
    if (!Files.isDirectory(doc.getParent())) {
      doc = Path.of("..").resolve(doc);
    }
    String body = "# Evasion suite: detection of obfuscated identifiers\n\n"
        + "Each of " + IDENTIFIERS.size() + " identifiers (SSNs, cards, IBANs, e-mails, phones) is obfuscated by each "
        + "technique and planted in a sentence; it counts as detected when a finding of its type overlaps it. "
        + "The cases are generated by `dev.veil.bench.evasion.EvasionSuite`. The steps that undo spacing, line breaks, "
        + "spelled digits and form encoding were written after looking at this suite's misses, so these rates are "
        + "not a held-out measure; the held-out split of the rule evaluation is.\n\n"
        + "Measured " + LocalDate.now() + " with the detectors on the class path (`Guard.builder().discoverDetectors()`), "
        + "default threshold 0.5:\n\n" + table + "\n"
        + "The one miss left: with `-` replaced by a no-break space, `j.smith@clinic example.com` is no longer one "
        + "address; nothing tells \"clinic\" apart from a word before a domain, so joining it would also join "
        + "ordinary text.\n\n"
        + "How the techniques are undone: `TextNormalizer` (per character: NFKC, digits of any script, look-alikes, "
        + "invisible characters; per text, in `Deobfuscator`: values spaced out one character at a time — digits, "
        + "IBAN capitals, e-mail letters —, digit words with capitals and brackets between them, line breaks inside "
        + "a short value or an e-mail domain, JSON escapes) and `EncodedContentDetector` (base64; URL percent and "
        + "form encoding, mapped back to the encoded characters).\n\n"
        + "No new false positives: the rule evaluation (`docs/evaluation-rules.md`, 2,500 generated documents per "
        + "split) gives the same counts with and without these steps.\n\n"
        + "Command:\n\n```bash\n./mvnw -q -B -pl bench -am package -DskipTests\n"
        + "java -cp bench/target/veil-bench.jar dev.veil.bench.evasion.EvasionSuite\n```\n";
    Files.writeString(doc, body);
    System.out.println("wrote " + doc.toAbsolutePath().normalize());
  }
}
