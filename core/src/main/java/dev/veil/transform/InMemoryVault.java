package dev.veil.transform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link Vault}: conversations in memory, bounded in number and in entries per
 * conversation, each expiring after a time without use (measured on an injectable {@link Clock}).
 *
 * <p>Fails closed: when {@code maxConversations} live conversations exist, opening another throws
 * {@link VaultFullException}; it never evicts a live conversation to make room. Expired ones are
 * removed first. Thread-safe (one lock; {@link #session} costs O(expired conversations)).
 * {@link #toString()} shows counts only.
 */
public final class InMemoryVault implements Vault {
  private final int maxConversations;
  private final int maxEntriesPerConversation;
  private final Duration expireAfterAccess;
  private final Clock clock;
  // access order: the eldest entry is the least recently used, so expiry scans stop early
  private final LinkedHashMap<String, Slot> slots = new LinkedHashMap<>(16, 0.75f, true);

  private static final class Slot {
    final TransformSession session;
    Instant lastAccess;

    Slot(TransformSession session, Instant lastAccess) {
      this.session = session;
      this.lastAccess = lastAccess;
    }
  }

  private InMemoryVault(Builder b) {
    this.maxConversations = b.maxConversations;
    this.maxEntriesPerConversation = b.maxEntriesPerConversation;
    this.expireAfterAccess = b.expireAfterAccess;
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public synchronized TransformSession session(String conversationId) {
    if (conversationId == null || conversationId.isEmpty()) {
      throw new IllegalArgumentException("conversation id must not be empty");
    }
    Instant now = clock.instant();
    expire(now);
    Slot slot = slots.get(conversationId);
    if (slot == null) {
      if (slots.size() >= maxConversations) {
        throw new VaultFullException("vault holds its maximum of " + maxConversations + " conversations");
      }
      slot = new Slot(TransformSession.create(maxEntriesPerConversation), now);
      slots.put(conversationId, slot);
    }
    slot.lastAccess = now;
    return slot.session;
  }

  @Override
  public synchronized void forget(String conversationId) {
    slots.remove(conversationId);
  }

  @Override
  public synchronized int conversations() {
    expire(clock.instant());
    return slots.size();
  }

  private void expire(Instant now) {
    Iterator<Map.Entry<String, Slot>> it = slots.entrySet().iterator();
    while (it.hasNext()) {
      Slot s = it.next().getValue();
      if (s.lastAccess.plus(expireAfterAccess).isAfter(now)) {
        break; // access-ordered: everything after is newer
      }
      it.remove();
    }
  }

  @Override
  public synchronized String toString() {
    return "InMemoryVault[conversations=" + slots.size() + "/" + maxConversations
        + ", maxEntriesPerConversation=" + maxEntriesPerConversation + ", expireAfterAccess="
        + expireAfterAccess + "]";
  }

  /** Builder; each setting may be given once. Not thread-safe. */
  public static final class Builder {
    private int maxConversations = 10_000;
    private int maxEntriesPerConversation = TransformSession.DEFAULT_MAX_ENTRIES;
    private Duration expireAfterAccess = Duration.ofHours(1);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** At most this many live conversations (default 10,000). */
    public Builder maxConversations(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxConversations must be >= 1");
      }
      this.maxConversations = value;
      return this;
    }

    /** At most this many mappings per conversation (default {@value TransformSession#DEFAULT_MAX_ENTRIES}). */
    public Builder maxEntriesPerConversation(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxEntriesPerConversation must be >= 1");
      }
      this.maxEntriesPerConversation = value;
      return this;
    }

    /** A conversation unused for this long is dropped (default one hour). */
    public Builder expireAfterAccess(Duration value) {
      Objects.requireNonNull(value, "expireAfterAccess");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("expireAfterAccess must be positive");
      }
      this.expireAfterAccess = value;
      return this;
    }

    /** The clock for expiry (the system UTC clock by default). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    public InMemoryVault build() {
      return new InMemoryVault(this);
    }
  }
}
