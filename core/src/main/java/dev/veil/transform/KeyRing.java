package dev.veil.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys of one purpose: a primary key that new outputs use, and older keys that still verify and
 * decrypt what was made with them. Rotate with {@link #rotate(VeilKey)}: the new key becomes
 * primary, the old one stays for verification, restore and decryption.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows key references only.
 */
public final class KeyRing {
  private final VeilKey primary;
  private final List<VeilKey> keys;

  private KeyRing(VeilKey primary, List<VeilKey> keys) {
    this.primary = primary;
    this.keys = keys;
  }

  /**
   * A ring with {@code primary} and any number of older keys.
   *
   * @throws IllegalArgumentException if two keys share id and version
   */
  public static KeyRing of(VeilKey primary, VeilKey... older) {
    Objects.requireNonNull(primary, "primary");
    List<VeilKey> all = new ArrayList<>();
    all.add(primary);
    for (VeilKey k : older) {
      all.add(Objects.requireNonNull(k, "key"));
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (all.get(i).ref().equals(all.get(j).ref())) {
          throw new IllegalArgumentException("duplicate key " + all.get(i).ref());
        }
      }
    }
    return new KeyRing(primary, Collections.unmodifiableList(all));
  }

  /** The key that new hashes and encryptions use. */
  public VeilKey primary() {
    return primary;
  }

  /** All keys, primary first. */
  public List<VeilKey> keys() {
    return keys;
  }

  /** The key with this id and version, if the ring holds it. */
  public Optional<VeilKey> find(String id, int version) {
    for (VeilKey k : keys) {
      if (k.id().equals(id) && k.version() == version) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The key with this reference (e.g. {@code k1v2}), if the ring holds it. */
  public Optional<VeilKey> find(String ref) {
    for (VeilKey k : keys) {
      if (k.ref().equals(ref)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * A new ring whose primary is {@code next}; every key of this ring stays for verification and
   * decryption.
   */
  public KeyRing rotate(VeilKey next) {
    VeilKey[] older = keys.toArray(new VeilKey[0]);
    return of(next, older);
  }

  @Override
  public String toString() {
    return "KeyRing[primary=" + primary.ref() + ", keys=" + keys.stream().map(VeilKey::ref).toList() + "]";
  }
}
