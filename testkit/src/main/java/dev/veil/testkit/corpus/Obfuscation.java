package dev.veil.testkit.corpus;

/**
 * Ways users and attackers disguise values. Gold spans of an obfuscated value cover the disguised
 * text in the document, so they are offsets into the text as written.
 */
public enum Obfuscation {
  /** Digits replaced by fullwidth digits (U+FF10..U+FF19). */
  FULLWIDTH_DIGITS,
  /** Zero-width spaces, joiners or soft hyphens inserted inside the value. */
  ZERO_WIDTH,
  /** Spaces inside the value replaced by no-break spaces (U+00A0). */
  NBSP,
  /** Every character of the value separated by a space: {@code 5 3 6 - 2 2 - 8 1 1 9}. */
  SPACED_DIGITS,
  /** A separator inside the value replaced by a line break. */
  LINE_BREAK,
  /** Digits written as English words: {@code five three six - two two - eight one one nine}. */
  DIGITS_AS_WORDS,
  /** Some Latin letters replaced by Cyrillic or Greek look-alikes ({@code А}, {@code Е}, {@code Ο}...). */
  CONFUSABLE_LETTERS,
  /** An e-mail address spelled out: {@code name dot surname at example dot com}. */
  SPELLED_EMAIL,
  /** The whole document is the string value of a JSON object, with JSON escapes. */
  JSON_ESCAPED,
  /** The template is a Markdown table (set by the template, not applied afterwards). */
  MARKDOWN_TABLE
}
