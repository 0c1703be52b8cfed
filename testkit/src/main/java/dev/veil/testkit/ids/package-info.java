/**
 * Generators of valid identifiers and near misses for every type in Veil's catalogue.
 *
 * <p>{@link dev.veil.testkit.ids.IdentifierKind} is the index: each kind gives its entity type,
 * country, a valid value and, where a checksum or numbering rule exists, a near miss. The classes
 * behind it ({@code UsIdentifiers}, {@code PaymentIdentifiers}, {@code EuIdentifiers},
 * {@code HealthIdentifiers}, {@code DeviceIdentifiers}, {@code ContactValues},
 * {@code PersonalValues}, {@code Secrets}, {@code ConfusableValues}) can be used directly.
 *
 * <p>Every method draws from the {@link java.util.random.RandomGenerator} it is given and from
 * nothing else, so a fixed seed reproduces the same values. Check digits are implemented here
 * from the public specifications, not borrowed from {@code veil-detectors}, so a bug in a
 * detector's validator cannot make the evaluation agree with itself. All values are synthetic.
 */
package dev.veil.testkit.ids;
