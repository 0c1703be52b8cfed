package dev.veil.policy;

import java.util.Objects;

/**
 * One rule of a policy: when its {@link Condition} holds, it asks for its {@link Action} and adds
 * a {@link dev.veil.Reason} with its id, citation and description. Immutable value; build with
 * {@link #builder(String)}:
 *
 * <pre>{@code
 * Rule r = Rule.builder("acme.no-cards-to-vendors")
 *     .citation("PCI DSS 4.0 Req. 3.4.1")
 *     .description("card numbers never reach an external vendor")
 *     .when(Condition.builder().select(Selector.types(EntityType.CREDIT_CARD))
 *         .destinationKind(Destination.Kind.EXTERNAL).build())
 *     .then(Action.block())
 *     .build();
 * }</pre>
 *
 * @param id stable id, unique within a policy (letters, digits, {@code . - _})
 * @param citation the provision the rule implements, e.g. {@code GDPR Art. 44}
 * @param description one sentence in plain words, shown as the reason's explanation
 * @param condition when the rule fires
 * @param action what it asks for
 */
public record Rule(String id, String citation, String description, Condition condition, Action action) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(action, "action");
    if (!validId(id)) {
      throw new PolicyException("rule id '" + id + "' must be letters, digits, '.', '-' or '_'");
    }
    if (action instanceof Action.Transform && condition.select() == null) {
      throw new PolicyException("rule '" + id + "' transforms but selects no findings");
    }
  }

  private static boolean validId(String id) {
    if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public String toString() {
    return "Rule[" + id + ": " + action + " when " + condition.describe() + " (" + citation + ")]";
  }

  /** Builder for {@link Rule}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private String citation = "organisation policy";
    private String description;
    private Condition condition = Condition.always();
    private Action action;

    private Builder(String id) {
      this.id = id;
    }

    public Builder citation(String value) {
      this.citation = Objects.requireNonNull(value);
      return this;
    }

    public Builder description(String value) {
      this.description = Objects.requireNonNull(value);
      return this;
    }

    public Builder when(Condition value) {
      this.condition = Objects.requireNonNull(value);
      return this;
    }

    public Builder then(Action value) {
      this.action = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Builds the rule.
     *
     * @throws PolicyException if the action is missing or the rule is inconsistent
     */
    public Rule build() {
      if (action == null) {
        throw new PolicyException("rule '" + id + "' has no action");
      }
      return new Rule(id, citation, description == null ? id : description, condition, action);
    }
  }
}
