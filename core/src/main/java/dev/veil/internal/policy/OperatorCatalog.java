package dev.veil.internal.policy;

import dev.veil.transform.Operator;
import dev.veil.transform.Operators;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that knows operators by name: how policy files spell them ({@code tag},
 * {@code mask(4)}) and how protective each is. When two rules ask for different operators on the
 * same entity type, the stronger one wins, so composition order never matters. To add an
 * operator, add one {@link #register} line here.
 */
public final class OperatorCatalog {
  private OperatorCatalog() {}

  /** Strength of operators this catalog does not know (custom Java operators). */
  public static final int UNKNOWN_STRENGTH = 50;

  private record Entry(int strength, int minArgs, int maxArgs, Function<List<String>, Operator> factory) {}

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    // Strength: how little of the value survives. redact keeps nothing; tag keeps the type;
    // generalize keeps a year / 3-digit ZIP / age band; mask keeps the last characters.
    register("redact", 100, 0, 0, a -> Operators.redact());
    register("tag", 90, 0, 0, a -> Operators.tag());
    register("generalize", 60, 0, 0, a -> Operators.generalize());
    register("mask", 30, 0, 1, a -> Operators.mask(a.isEmpty() ? 4 : nonNegativeInt(a.get(0))));
  }

  private static void register(String name, int strength, int minArgs, int maxArgs,
      Function<List<String>, Operator> factory) {
    ENTRIES.put(name, new Entry(strength, minArgs, maxArgs, factory));
  }

  private static int nonNegativeInt(String s) {
    int v;
    try {
      v = Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("argument must be a number");
    }
    if (v < 0 || v > 64) {
      throw new IllegalArgumentException("argument must be in [0, 64]");
    }
    return v;
  }

  /** Names a policy file may use. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(ENTRIES.keySet());
  }

  /**
   * Parses {@code name} or {@code name(arg, ...)}.
   *
   * @throws IllegalArgumentException naming the problem (unknown operator, bad argument)
   */
  public static Operator parse(String spec) {
    String s = spec.trim();
    String name = s;
    List<String> args = List.of();
    int open = s.indexOf('(');
    if (open >= 0) {
      if (!s.endsWith(")")) {
        throw new IllegalArgumentException("operator '" + s + "' lacks a closing ')'");
      }
      name = s.substring(0, open).trim();
      String inner = s.substring(open + 1, s.length() - 1).trim();
      args = inner.isEmpty() ? List.of() : List.of(inner.split(",", -1));
    }
    Entry e = ENTRIES.get(name);
    if (e == null) {
      throw new IllegalArgumentException("unknown operator '" + name + "'; known operators: " + names());
    }
    if (args.size() < e.minArgs() || args.size() > e.maxArgs()) {
      throw new IllegalArgumentException("operator '" + name + "' takes " + e.minArgs() + " to "
          + e.maxArgs() + " arguments, got " + args.size());
    }
    return e.factory().apply(args);
  }

  /** How protective an operator is; higher keeps less of the value. */
  public static int strength(Operator op) {
    Entry e = ENTRIES.get(op.name());
    return e == null ? UNKNOWN_STRENGTH : e.strength();
  }
}
