package dev.veil.bench.perf;

/**
 * The registers of benchmark text. The first five are the realistic prompts of issue 9; {@link
 * #DENSE} packs identifiers as tightly as a form export does, for the rules-only worst case.
 */
public enum TextKind {
  /** A clinical note with patient identifiers (names, dates, MRN, SSN, phone, address). */
  CLINICAL,
  /** A finance e-mail thread with IBANs, card numbers, amounts and contact details. */
  FINANCE_EMAIL,
  /** A support chat transcript, occasional personal data, some non-ASCII punctuation and emoji. */
  CHAT,
  /** A code paste (Java, config, logs) with IPs, URLs, e-mails in comments and a key-like token. */
  CODE,
  /** Business prose with numbers (amounts, versions, counts) but no identifier at all. */
  NO_PII,
  /** Almost every line carries one or more identifiers. */
  DENSE
}
