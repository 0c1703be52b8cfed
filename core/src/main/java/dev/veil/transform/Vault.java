package dev.veil.transform;

/**
 * Where the reversible mappings of each conversation live (surrogate to original), so that the
 * same value gets the same surrogate in every message of a conversation and the model's answer can
 * be restored.
 *
 * <p>The default is {@link InMemoryVault} (bounded, with expiry). An external store (a database, a
 * cache shared by several instances) implements this interface: it loads a session with {@link
 * TransformSession#restoreFrom} and saves {@link TransformSession#pseudonyms()} and {@link
 * TransformSession#dateShiftDays()} after each use. Implementations must be thread-safe, must never
 * log or put into exceptions a surrogate or an original, and must fail closed: when a conversation
 * cannot be held they throw {@link VaultFullException} rather than forget a mapping.
 */
public interface Vault {

  /**
   * The session of a conversation, created on first use; later calls with the same id return a
   * session holding the same mappings until the conversation expires or is {@link #forget
   * forgotten}.
   *
   * @throws VaultFullException if a new conversation would exceed the vault's bound
   * @throws IllegalArgumentException if the id is null or empty
   */
  TransformSession session(String conversationId);

  /** Drops a conversation's mappings (e.g. when the conversation ends). */
  void forget(String conversationId);

  /** The number of conversations held now. */
  int conversations();

  /** A new in-memory vault with the default bounds ({@link InMemoryVault.Builder}). */
  static Vault inMemory() {
    return InMemoryVault.builder().build();
  }
}
