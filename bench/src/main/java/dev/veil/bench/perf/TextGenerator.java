package dev.veil.bench.perf;

import java.util.Random;

/**
 * Deterministic benchmark texts (placeholders in the templates are written {@code {{SSN}}}, since code
 * snippets have braces of their own): the same kind, size and seed always give the same string. Texts are
 * built from this class's own sentence templates with identifiers planted by {@link Identifiers};
 * the result is cut to exactly {@code bytes} UTF-8 bytes (or one character less when the cut would
 * split a multi-byte character).
 */
public final class TextGenerator {
  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 0x5EEDL;

  private static final String[] CLINICAL = {
    "Patient {{NAME}}, DOB {{DATE}}, MRN {{MRN}}, seen today for follow-up of type 2 diabetes. ",
    "Reports improved fasting glucose since metformin was increased to 1000 mg twice daily. ",
    "Temperature 37.2 °C, blood pressure 128/82, pulse 74, SpO2 98% on room air. ",
    "Lives at {{ADDRESS}}; daughter {{FIRST}} can be reached at {{PHONE}}. ",
    "Insurance on file lists SSN {{SSN}} for the subscriber. ",
    "Lungs clear to auscultation bilaterally, no wheezes or crackles. ",
    "HbA1c 7.1% (previous 8.4%), LDL 96 mg/dL, eGFR 78 mL/min/1.73m². ",
    "Plan: continue current regimen, recheck labs in 3 months, refer to podiatry. ",
    "Discussed diet and a walking programme of 30 minutes five days a week. ",
    "Prior admission on {{DATE}} for community-acquired pneumonia, treated with ceftriaxone. ",
    "Results were sent to {{EMAIL}} and are available at {{URL}}. ",
    "Dr. {{LAST}} reviewed the imaging; no acute findings on the chest radiograph. ",
    "Allergies: penicillin (rash). Current medications reconciled with the pharmacy list. ",
    "Patient is a {{AGE}}-year-old retired teacher who walks with a cane. ",
  };
  private static final String[] FINANCE = {
    "Subject: Outstanding invoice INV-2024-{{N4}}\n\n",
    "Dear {{NAME}},\n\nthank you for your payment of €1,250.00 received on {{DATE}}. ",
    "Please transfer the remaining balance of $4,380.15 to IBAN {{IBAN}} by the end of the month. ",
    "The card ending in the digits shown was charged twice; the full number on file is {{CARD}}. ",
    "Our records show the account holder's phone as {{PHONE}} and e-mail as {{EMAIL}}. ",
    "The quarterly statement shows 14 transactions and a closing balance of 23,904.77. ",
    "If you have already settled this invoice, please disregard this reminder. ",
    "Kind regards,\n{{NAME}}\nAccounts Receivable\n\n",
    "For wire transfers from abroad use SWIFT code DEUTDEFF and reference order 88213. ",
    "The tax identification on the contract is {{SSN}}. ",
    "We reduced the late fee from 2.5% to 1.0% as agreed on the call. ",
  };
  private static final String[] CHAT = {
    "User: hi, I can’t log into my account since yesterday 😕\n",
    "Agent: Sorry to hear that! Could you confirm the e-mail on the account?\n",
    "User: sure, it’s {{EMAIL}}\n",
    "Agent: Thanks. I see two sign-in attempts from {{IP}} this morning — was that you?\n",
    "User: yes that was me, from home. my number is {{PHONE}} if you want to call\n",
    "Agent: No need, I’ve reset the password link. It expires in 15 minutes.\n",
    "User: great, thanks!! also can you update my address to {{ADDRESS}}?\n",
    "Agent: Done ✅ Anything else I can help with today?\n",
    "User: my card {{CARD}} was declined at checkout, is that related?\n",
    "Agent: It looks like a temporary hold from the bank; please retry in an hour.\n",
    "User: ok. btw my name is {{NAME}}, born {{DATE}}, in case you need it\n",
    "Agent: Thank you, {{FIRST}}. Have a nice day!\n",
  };
  private static final String[] CODE = {
    "public final class OrderService {\n  private static final int MAX_RETRIES = 3;\n",
    "  // contact {{EMAIL}} before changing the retry policy\n",
    "  private final String endpoint = \"{{URL}}\";\n",
    "  public Order place(Order o) {\n    for (int i = 0; i < MAX_RETRIES; i++) {\n",
    "      try { return client.post(endpoint, o); } catch (IOException e) { sleep(200L * i); }\n    }\n",
    "    throw new IllegalStateException(\"order could not be placed after retries\");\n  }\n}\n",
    "db.host=10.0.12.7\ndb.port=5432\ndb.pool.size=20\n",
    "cache.host={{IP}}\ncache.ttl.seconds=300\n",
    "aws.access.key.id={{KEY}}\n",
    "2024-05-17 10:42:13.512 INFO  [main] Started Application in 4.213 seconds (JVM running for 4.9)\n",
    "2024-05-17 10:42:14.001 WARN  [pool-3] request from {{IP}} took 1532 ms\n",
    "def checksum(data):\n    return sum(bytearray(data)) % 65536\n\n",
    "for (var entry : map.entrySet()) { total += entry.getValue() * 1.07; }\n",
  };
  private static final String[] NO_PII = {
    "The quarterly review covered 14 projects across three business units. ",
    "Revenue grew by 7.5% year over year while operating costs stayed flat. ",
    "Version 2.3.1 of the reporting tool fixes the rounding issue reported in March. ",
    "The team shipped 42 improvements and closed 118 tickets in the last sprint. ",
    "Please review the attached slides before Thursday's planning meeting. ",
    "Latency at the 99th percentile dropped from 850 ms to 310 ms after the cache change. ",
    "We recommend keeping the current vendor for another 12 months. ",
    "The warehouse processed 3,400 orders per day during the peak season. ",
    "Training material for the new onboarding process is in the shared folder. ",
    "Budget for the next fiscal year is 1.2 million, about 4% above this year. ",
  };
  private static final String[] DENSE = {
    "{{NAME}} | DOB {{DATE}} | SSN {{SSN}} | {{PHONE}} | {{EMAIL}}\n",
    "Card {{CARD}}; IBAN {{IBAN}}; MRN {{MRN}}; seen {{DATE}}\n",
    "{{NAME}}, {{ADDRESS}}, tel. {{PHONE}}, IP {{IP}}\n",
    "ssn: {{SSN}}, card: {{CARD}}, email: {{EMAIL}}, url: {{URL}}\n",
  };

  private TextGenerator() {}

  /** A text of {@code kind} and about {@code bytes} UTF-8 bytes from the default seed. */
  public static String generate(TextKind kind, int bytes) {
    return generate(kind, bytes, DEFAULT_SEED);
  }

  /** A text of {@code kind} of {@code bytes} UTF-8 bytes (see the class comment), deterministic in the seed. */
  public static String generate(TextKind kind, int bytes, long seed) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0");
    }
    Random r = new Random(seed ^ kind.ordinal() * 0x9E3779B97F4A7C15L);
    Identifiers ids = new Identifiers(r);
    String[] templates = templates(kind);
    StringBuilder out = new StringBuilder(bytes + 256);
    int utf8 = 0;
    int next = 0;
    while (utf8 < bytes) {
      // Mostly in order (reads like a document), sometimes a random sentence (no short period).
      String t = r.nextInt(4) == 0 ? templates[r.nextInt(templates.length)] : templates[next++ % templates.length];
      String s = fill(t, ids);
      out.append(s);
      utf8 += utf8Length(s);
    }
    return cutToBytes(out, bytes);
  }

  private static String[] templates(TextKind kind) {
    return switch (kind) {
      case CLINICAL -> CLINICAL;
      case FINANCE_EMAIL -> FINANCE;
      case CHAT -> CHAT;
      case CODE -> CODE;
      case NO_PII -> NO_PII;
      case DENSE -> DENSE;
    };
  }

  private static String fill(String template, Identifiers ids) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        b.append(template, i, template.length());
        break;
      }
      int close = template.indexOf("}}", open);
      b.append(template, i, open);
      String key = template.substring(open + 2, close);
      b.append(switch (key) {
        case "NAME" -> ids.fullName();
        case "FIRST" -> ids.firstName();
        case "LAST" -> ids.lastName();
        case "SSN" -> ids.ssn();
        case "CARD" -> ids.card();
        case "IBAN" -> ids.iban();
        case "EMAIL" -> ids.email();
        case "PHONE" -> ids.phone();
        case "DATE" -> ids.date();
        case "MRN" -> ids.mrn();
        case "IP" -> ids.ipv4();
        case "URL" -> ids.url();
        case "ADDRESS" -> ids.address();
        case "KEY" -> ids.accessKeyLike();
        case "AGE" -> Integer.toString(ids.age());
        case "N4" -> ids.digits(4);
        default -> throw new IllegalStateException("unknown placeholder " + key);
      });
      i = close + 2;
    }
    return b.toString();
  }

  static int utf8Length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static String cutToBytes(StringBuilder text, int bytes) {
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = Character.codePointAt(text, i);
      int w = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (n + w > bytes) {
        break;
      }
      n += w;
      i += Character.charCount(cp);
    }
    return text.substring(0, i);
  }
}
