package dev.veil.transform;

import dev.veil.EntityType;
import java.util.Objects;

/**
 * One reversible replacement made in a conversation: the surrogate the model saw and the original
 * value it stands for. Held by a {@link TransformSession} (and so by a {@link Vault}).
 *
 * <p>Holds a sensitive value: {@link #toString()} shows the type, operator and lengths only.
 *
 * @param type the entity type of the original
 * @param operator the operator that made it, e.g. {@code tag}, {@code surrogate}, {@code fpe:k1v2}
 * @param surrogate what replaced the original in the text sent to the model
 * @param original the original value
 */
public record Pseudonym(EntityType type, String operator, String surrogate, String original) {

  public Pseudonym {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(surrogate, "surrogate");
    Objects.requireNonNull(original, "original");
    if (surrogate.isEmpty() || original.isEmpty()) {
      throw new IllegalArgumentException("surrogate and original must not be empty");
    }
  }

  @Override
  public String toString() {
    return "Pseudonym[" + type + " by " + operator + ", surrogateLength=" + surrogate.length()
        + ", originalLength=" + original.length() + "]";
  }
}
