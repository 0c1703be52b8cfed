package dev.veil.transform;

import dev.veil.EntityType;
import dev.veil.internal.transform.RestoreKeys;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The reversible state of one conversation: which original got which tag or surrogate (so the same
 * value gets the same replacement in every message) and the conversation's date shift. Obtain one
 * per conversation from a {@link Vault}, or {@link #create()} one for a single request.
 *
 * <p>Bounded: at most {@code maxEntries} mappings; one more throws {@link VaultFullException}
 * instead of dropping a mapping. Thread-safe (methods synchronize on the session). Holds sensitive
 * values: {@link #toString()} shows counts only, and exceptions never carry a value.
 */
public final class TransformSession {
  /** Default bound on mappings per session. */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  /** Candidates tried before giving up on a unique surrogate. */
  private static final int MAX_ATTEMPTS = 64;
  /** Date shifts are drawn from [-MAX_SHIFT, -MIN_SHIFT] and [MIN_SHIFT, MAX_SHIFT] days. */
  static final int MIN_SHIFT = 30;
  static final int MAX_SHIFT = 365;

  private record Origin(String operatorKind, EntityType type, String original) {}

  private final int maxEntries;
  private final List<Pseudonym> entries = new ArrayList<>();
  private final Map<Origin, Pseudonym> byOrigin = new HashMap<>();
  private final Map<String, Pseudonym> byKey = new HashMap<>();
  private final Map<EntityType, Integer> tagCounts = new EnumMap<>(EntityType.class);
  // made on first use: most sessions (one request, typed tags) never draw a random number, and a
  // SecureRandom costs about 0.5 KB and a provider look-up to construct
  private SecureRandom random;
  private int dateShiftDays;

  private TransformSession(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1");
    }
    this.maxEntries = maxEntries;
  }

  /** A fresh session holding up to {@value #DEFAULT_MAX_ENTRIES} mappings, e.g. for one request. */
  public static TransformSession create() {
    return new TransformSession(DEFAULT_MAX_ENTRIES);
  }

  /** A fresh session holding up to {@code maxEntries} mappings. */
  public static TransformSession create(int maxEntries) {
    return new TransformSession(maxEntries);
  }

  /**
   * A session holding saved mappings and date shift, for a {@link Vault} backed by an external
   * store.
   *
   * @param dateShiftDays the saved {@link #dateShiftDays()}, or 0 to draw one on first use
   * @throws VaultFullException if there are more than {@code maxEntries} mappings
   */
  public static TransformSession restoreFrom(List<Pseudonym> pseudonyms, int dateShiftDays, int maxEntries) {
    TransformSession s = new TransformSession(maxEntries);
    s.dateShiftDays = dateShiftDays;
    for (Pseudonym p : pseudonyms) {
      s.add(kindOf(p.operator()), p);
    }
    return s;
  }

  /**
   * The typed tag for a value, e.g. {@code <PERSON_2>}: the same (type, value) always gets the same
   * number within this session; different values of a type get different numbers.
   *
   * @throws VaultFullException if the session is full
   */
  public synchronized String tagFor(EntityType type, String value) {
    return pseudonym(type, "tag", value,
        attempt -> "<" + type.name() + "_" + (tagCounts.getOrDefault(type, 0) + 1 + attempt) + ">");
  }

  /**
   * The surrogate of {@code original} made by {@code operator}, minting one with {@code candidate}
   * (called with attempt 0, 1, ...) on first sight. A candidate is rejected when it equals the
   * original or when it would be recognised in a model's answer as the surrogate of a different
   * value; for use by {@link Operator} implementations.
   *
   * @param operator the operator's name; the part before {@code ':'} groups mappings, so that
   *     {@code fpe:k1v1} and {@code fpe:k1v2} share them
   * @throws VaultFullException if the session is full or no acceptable candidate came up
   */
  public synchronized String pseudonym(
      EntityType type, String operator, String original, IntFunction<String> candidate) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(original, "original");
    String kind = kindOf(operator);
    Pseudonym known = byOrigin.get(new Origin(kind, type, original));
    if (known != null) {
      return known.surrogate();
    }
    if (entries.size() >= maxEntries) {
      throw new VaultFullException("session holds its maximum of " + maxEntries + " mappings");
    }
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      String s = candidate.apply(attempt);
      if (s == null || s.isEmpty() || RestoreKeys.sameFolded(s, original)) {
        continue;
      }
      String key = RestoreKeys.key(s, original);
      Pseudonym clash = byKey.get(key);
      if (clash != null && !RestoreKeys.restoreIdentity(key, clash.original())
          .equals(RestoreKeys.restoreIdentity(key, original))) {
        continue;
      }
      add(kind, new Pseudonym(type, operator, s, original), key);
      return s;
    }
    throw new VaultFullException("no unique surrogate for a " + type + " value after " + MAX_ATTEMPTS + " attempts");
  }

  private void add(String kind, Pseudonym p) {
    add(kind, p, RestoreKeys.key(p.surrogate(), p.original()));
  }

  private void add(String kind, Pseudonym p, String key) {
    if (entries.size() >= maxEntries) {
      throw new VaultFullException("session holds its maximum of " + maxEntries + " mappings");
    }
    entries.add(p);
    byOrigin.putIfAbsent(new Origin(kind, p.type(), p.original()), p);
    byKey.putIfAbsent(key, p);
    if (kind.equals("tag")) {
      tagCounts.merge(p.type(), 1, Integer::sum);
    }
  }

  private static String kindOf(String operator) {
    int colon = operator.indexOf(':');
    return colon < 0 ? operator : operator.substring(0, colon);
  }

  /** The original a surrogate stands for, as written (exact match). */
  public synchronized Optional<String> originalOf(String surrogate) {
    for (Pseudonym p : entries) {
      if (p.surrogate().equals(surrogate)) {
        return Optional.of(p.original());
      }
    }
    return Optional.empty();
  }

  /** A snapshot of every mapping, oldest first. Contains the originals: never log it. */
  public synchronized List<Pseudonym> pseudonyms() {
    return List.copyOf(entries);
  }

  /** The number of mappings. */
  public synchronized int size() {
    return entries.size();
  }

  /**
   * The conversation's date shift in days, drawn once at random from +-[{@value #MIN_SHIFT},
   * {@value #MAX_SHIFT}] and then fixed, so every date of the conversation moves by the same amount
   * and intervals between dates survive.
   */
  public synchronized int dateShiftDays() {
    if (dateShiftDays == 0) {
      SecureRandom r = random();
      int magnitude = MIN_SHIFT + r.nextInt(MAX_SHIFT - MIN_SHIFT + 1);
      dateShiftDays = r.nextBoolean() ? magnitude : -magnitude;
    }
    return dateShiftDays;
  }

  /** Randomness for surrogate operators (a per-session {@link SecureRandom}). */
  public synchronized SecureRandom random() {
    if (random == null) {
      random = new SecureRandom();
    }
    return random;
  }

  @Override
  public synchronized String toString() {
    return "TransformSession[" + entries.size() + " mappings, max=" + maxEntries + "]";
  }
}
