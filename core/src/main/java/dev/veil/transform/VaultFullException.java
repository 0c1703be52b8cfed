package dev.veil.transform;

import dev.veil.VeilException;

/**
 * A vault or session reached its bound (conversations or entries per conversation), or could not
 * mint a surrogate distinct from the ones it holds. Nothing was dropped: the value that needed a
 * mapping was not transformed, and {@link dev.veil.Guard} blocks the text ({@code veil.vault-full}).
 * The message names the bound, never a value.
 */
public final class VaultFullException extends VeilException {
  private static final long serialVersionUID = 1L;

  public VaultFullException(String message) {
    super(message);
  }
}
