package dev.veil.detect;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.veil.EntityType;
import dev.veil.VeilException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Values that must not be reported even though a detector matched them: a clinic's public phone
 * number, the test card numbers of a payment sandbox, the company's own support e-mail. Exact
 * values compare case-insensitively after trimming; patterns are RE2/J (linear time) and must
 * match the whole value. An entry may be limited to some entity types.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows counts only, never the entries.
 */
public final class AllowList {
  private static final AllowList EMPTY = new AllowList(List.of());

  private record Entry(String exact, Pattern pattern, Set<EntityType> types) {
    boolean matches(EntityType type, String value) {
      if (!types.isEmpty() && !types.contains(type)) {
        return false;
      }
      if (exact != null) {
        return exact.equals(value.trim().toLowerCase(Locale.ROOT));
      }
      return pattern.matches(value);
    }
  }

  private final List<Entry> entries;

  private AllowList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static AllowList empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** True if {@code value}, found as {@code type}, is allowed and must not be reported. */
  public boolean allows(EntityType type, String value) {
    for (Entry e : entries) {
      if (e.matches(type, value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "AllowList[" + entries.size() + " entries]";
  }

  /** Builder for {@link AllowList}; not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /** Allows this exact value (case-insensitive) for the given types, or all types if none. */
    public Builder value(String value, EntityType... types) {
      Objects.requireNonNull(value, "value");
      entries.add(new Entry(value.trim().toLowerCase(Locale.ROOT), null, typeSet(types)));
      return this;
    }

    /**
     * Allows values that entirely match this RE2/J pattern.
     *
     * @throws VeilException if the pattern does not compile (the message quotes the pattern,
     *     which is configuration, not inspected text)
     */
    public Builder pattern(String regex, EntityType... types) {
      Objects.requireNonNull(regex, "regex");
      try {
        entries.add(new Entry(null, Pattern.compile(regex), typeSet(types)));
      } catch (PatternSyntaxException e) {
        throw new VeilException("allow-list pattern does not compile: " + e.getDescription(), e);
      }
      return this;
    }

    private static Set<EntityType> typeSet(EntityType... types) {
      if (types == null || types.length == 0) {
        return Set.of();
      }
      return EnumSet.copyOf(new HashSet<>(List.of(types)));
    }

    public AllowList build() {
      return new AllowList(entries);
    }
  }
}
