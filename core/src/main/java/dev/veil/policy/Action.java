package dev.veil.policy;

import dev.veil.DataCategory;
import dev.veil.Decision;
import dev.veil.EntityType;
import dev.veil.VeilException;
import dev.veil.transform.Operator;
import dev.veil.transform.Operators;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Rule} asks for when it fires: {@link Allow}, {@link Transform}, {@link Route} or
 * {@link Block}. Immutable values.
 */
public sealed interface Action {

  /** The decision this action contributes. */
  Decision decision();

  static Action allow() {
    return Allow.INSTANCE;
  }

  static Action block() {
    return Block.INSTANCE;
  }

  static Action routeTo(String destinationId) {
    return new Route(destinationId);
  }

  /** A transform with {@code fallback} for every selected type without a more specific operator. */
  static Transform transform(Operator fallback) {
    return new Transform(Map.of(), Map.of(), fallback);
  }

  /** Lets the text go as it is (recorded as a reason, never lowers another rule's decision). */
  final class Allow implements Action {
    static final Allow INSTANCE = new Allow();

    private Allow() {}

    @Override
    public Decision decision() {
      return Decision.ALLOW;
    }

    @Override
    public String toString() {
      return "allow";
    }
  }

  /** The text must not leave. */
  final class Block implements Action {
    static final Block INSTANCE = new Block();

    private Block() {}

    @Override
    public Decision decision() {
      return Decision.BLOCK;
    }

    @Override
    public String toString() {
      return "block";
    }
  }

  /**
   * Send the text to another destination instead. The routed text is not transformed by this
   * policy; the caller checks it again for the route destination.
   */
  record Route(String destinationId) implements Action {
    public Route {
      Objects.requireNonNull(destinationId, "destinationId");
      if (destinationId.isBlank()) {
        throw new VeilException("route destination id is empty");
      }
    }

    @Override
    public Decision decision() {
      return Decision.ROUTE;
    }

    @Override
    public String toString() {
      return "route to " + destinationId;
    }
  }

  /**
   * Replace the selected findings: a type's own operator if given, else the operator of its first
   * category (in {@link DataCategory} order) that has one, else {@code fallback}.
   */
  record Transform(Map<EntityType, Operator> byType, Map<DataCategory, Operator> byCategory, Operator fallback)
      implements Action {
    public Transform {
      byType = byType.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byType));
      byCategory = byCategory.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byCategory));
      Objects.requireNonNull(fallback, "fallback");
    }

    /** A copy that uses {@code op} for {@code type}. */
    public Transform with(EntityType type, Operator op) {
      Map<EntityType, Operator> copy = new EnumMap<>(EntityType.class);
      copy.putAll(byType);
      copy.put(type, Objects.requireNonNull(op));
      return new Transform(copy, byCategory, fallback);
    }

    /** A copy that uses {@code op} for every type of {@code category} without its own operator. */
    public Transform with(DataCategory category, Operator op) {
      Map<DataCategory, Operator> copy = new EnumMap<>(DataCategory.class);
      copy.putAll(byCategory);
      copy.put(category, Objects.requireNonNull(op));
      return new Transform(byType, copy, fallback);
    }

    /** The operator this action uses for {@code type}. */
    public Operator operatorFor(EntityType type) {
      Operator op = byType.get(type);
      if (op != null) {
        return op;
      }
      for (Map.Entry<DataCategory, Operator> e : byCategory.entrySet()) {
        if (type.isIn(e.getKey())) {
          return e.getValue();
        }
      }
      return fallback;
    }

    @Override
    public Decision decision() {
      return Decision.TRANSFORM;
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("transform");
      byType.forEach((t, o) -> b.append(' ').append(t).append('=').append(o.name()));
      byCategory.forEach((c, o) -> b.append(' ').append(c).append('=').append(o.name()));
      return b.append(" else ").append(fallback.name()).toString();
    }
  }

  /** Convenience: the default transform, every selected value replaced by its typed tag. */
  static Transform tag() {
    return transform(Operators.tag());
  }
}
