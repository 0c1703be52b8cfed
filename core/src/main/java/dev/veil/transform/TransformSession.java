package dev.veil.transform;

import dev.veil.EntityType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * State shared by the operators of one conversation, so that the same value gets the same typed tag
 * in every message of it. Thread-safe (methods synchronize on the session). Holds sensitive values:
 * its {@link #toString()} shows counts only.
 */
public final class TransformSession {
  private final Map<EntityType, Map<String, Integer>> tags = new EnumMap<>(EntityType.class);

  /** A fresh session, e.g. for one stateless request. */
  public static TransformSession create() {
    return new TransformSession();
  }

  /**
   * The typed tag for a value, e.g. {@code <PERSON_2>}: the same (type, value) always gets the same
   * number within this session; different values of a type get different numbers.
   */
  public synchronized String tagFor(EntityType type, String value) {
    Map<String, Integer> byValue = tags.computeIfAbsent(type, t -> new HashMap<>());
    int n = byValue.computeIfAbsent(value, v -> byValue.size() + 1);
    return "<" + type.name() + "_" + n + ">";
  }

  @Override
  public synchronized String toString() {
    int n = 0;
    for (Map<String, Integer> m : tags.values()) {
      n += m.size();
    }
    return "TransformSession[" + n + " tagged values]";
  }
}
