package dev.veil.testkit.corpus;

/** The kind of text a template imitates. */
public enum Register {
  /** Clinical notes, referrals, discharge summaries. */
  CLINICAL,
  /** Bank and insurance letters, payment instructions. */
  FINANCE,
  /** Chat and support conversations, including pasted logs and config. */
  CHAT,
  /** E-mail. */
  EMAIL
}
