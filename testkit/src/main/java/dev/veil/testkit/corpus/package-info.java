/**
 * A labelled corpus for measuring detectors: {@link dev.veil.testkit.corpus.CorpusGenerator}
 * fills sentence templates (clinical, finance, chat, e-mail; English and seven EU languages;
 * negative templates with confusable numbers) with generated values and records gold spans as
 * {@code String} indices into the text, including for disguised values.
 *
 * <p>Templates live in {@code dev/veil/testkit/corpus/templates/<split>/} and the three
 * {@link dev.veil.testkit.corpus.Split}s share none. <b>Do not tune on HELDOUT</b>: choose context
 * words, patterns and thresholds on TRAIN, check on DEV, and report HELDOUT.
 */
package dev.veil.testkit.corpus;
