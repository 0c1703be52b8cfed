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

  /**
   * Replaces every exact typed tag of this session in {@code text} by the value it stands for; other
   * text, and tags this session did not issue, are left as they are.
   */
  public synchronized String restoreTags(String text) {
    if (tags.isEmpty() || text.indexOf('<') < 0) {
      return text;
    }
    Map<String, String> byTag = new HashMap<>();
    tags.forEach((type, byValue) -> byValue.forEach((value, n) -> byTag.put("<" + type.name() + "_" + n + ">", value)));
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    for (int open = text.indexOf('<'); open >= 0; open = text.indexOf('<', pos)) {
      int close = text.indexOf('>', open);
      if (close < 0) {
        break;
      }
      String value = byTag.get(text.substring(open, close + 1));
      if (value == null) {
        out.append(text, pos, open + 1);
        pos = open + 1;
        continue;
      }
      out.append(text, pos, open).append(value);
      pos = close + 1;
    }
    out.append(text, pos, text.length());
    return out.toString();
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
