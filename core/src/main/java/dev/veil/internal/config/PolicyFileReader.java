package dev.veil.internal.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.veil.DataCategory;
import dev.veil.Destination;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.LegalBasis;
import dev.veil.GuardContext.Purpose;
import dev.veil.VeilException;
import dev.veil.internal.config.Node.ListNode;
import dev.veil.internal.config.Node.MapNode;
import dev.veil.internal.config.Node.ScalarNode;
import dev.veil.internal.policy.OperatorCatalog;
import dev.veil.internal.policy.RuleValidator;
import dev.veil.policy.Action;
import dev.veil.policy.Condition;
import dev.veil.policy.Policies;
import dev.veil.policy.PolicyException;
import dev.veil.policy.Rule;
import dev.veil.policy.RulePolicy;
import dev.veil.policy.Selector;
import dev.veil.transform.Operator;
import dev.veil.transform.Operators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a parsed policy file into a {@link RulePolicy} and its destinations, validating every
 * field. Each problem becomes a {@link PolicyException} naming the file, line and field. The
 * schema is documented in docs/policies.md. Not thread-safe; one instance per file.
 */
public final class PolicyFileReader {
  /** Schema versions this reader understands. */
  public static final String SCHEMA_VERSION = "1";

  /** The result: the policy and the destinations the file declared, by id in file order. */
  public record Result(RulePolicy policy, Map<String, Destination> destinations) {}

  private final String source;

  private PolicyFileReader(String source) {
    this.source = source;
  }

  /** Parses YAML or JSON ({@code json} true) text. */
  public static Result read(String text, boolean json, String source) {
    return new PolicyFileReader(source).policy(parseTree(text, json, source));
  }

  /** Reads a file holding only {@code version} (optional) and {@code destinations}. */
  public static Map<String, Destination> readDestinations(String text, boolean json, String source) {
    PolicyFileReader r = new PolicyFileReader(source);
    MapNode root = r.map(parseTree(text, json, source), "");
    r.allowedKeys(root, "", Set.of("version", "destinations"));
    if (root.entries().containsKey("version")) {
      r.schemaVersion(root);
    }
    Node d = root.entries().get("destinations");
    if (d == null) {
      throw r.error(root.line(), "destinations", "is required");
    }
    return r.destinations(d);
  }

  private static Node parseTree(String text, boolean json, String source) {
    try {
      return json ? JsonParser.parse(text) : YamlSubsetParser.parse(text);
    } catch (ConfigSyntaxException e) {
      throw new PolicyException(source, e.line(), null, (json ? "malformed JSON: " : "malformed YAML: ")
          + e.getMessage());
    }
  }

  private PolicyException error(int line, String field, String problem) {
    return new PolicyException(source, line, field, problem);
  }

  private Result policy(Node tree) {
    MapNode root = map(tree, "");
    allowedKeys(root, "", Set.of("version", "id", "revision", "description", "extends", "destinations", "rules"));
    schemaVersion(root);
    String id = requiredString(root, "id", "");
    RulePolicy.Builder b;
    try {
      b = RulePolicy.builder(id);
    } catch (PolicyException e) {
      throw error(root.keyLines().get("id"), "id", e.getMessage());
    }
    if (root.entries().containsKey("revision")) {
      b.version(string(root.entries().get("revision"), "revision"));
    }
    List<Rule> presetRules = new ArrayList<>();
    Node ext = root.entries().get("extends");
    if (ext != null) {
      int k = 0;
      for (Node n : list(ext, "extends")) {
        String field = "extends[" + k++ + "]";
        String name = string(n, field);
        try {
          presetRules.addAll(Policies.preset(name).rules());
        } catch (PolicyException e) {
          throw error(n.line(), field, e.getMessage());
        }
      }
    }
    Map<String, Destination> destinations = root.entries().containsKey("destinations")
        ? destinations(root.entries().get("destinations")) : Map.of();
    Map<String, Rule> fileRules = new LinkedHashMap<>();
    Map<String, Integer> ruleLines = new LinkedHashMap<>();
    Node rulesNode = root.entries().get("rules");
    if (rulesNode != null) {
      int k = 0;
      for (Node n : list(rulesNode, "rules")) {
        String field = "rules[" + k++ + "]";
        Rule r = rule(n, field);
        if (fileRules.containsKey(r.id()) || presetRules.stream().anyMatch(p -> p.id().equals(r.id()))) {
          throw error(n.line(), field + ".id", "rule id '" + r.id() + "' is already defined");
        }
        fileRules.put(r.id(), r);
        ruleLines.put(r.id(), n.line());
      }
    }
    List<Rule> all = new ArrayList<>(presetRules);
    all.addAll(fileRules.values());
    checkContradictions(all, ruleLines);
    checkRoutes(all, destinations, ruleLines, root);
    b.rules(all);
    try {
      return new Result(b.build(), destinations);
    } catch (PolicyException e) {
      throw error(0, null, e.getMessage());
    }
  }

  private void checkContradictions(List<Rule> all, Map<String, Integer> ruleLines) {
    for (int x = 0; x < all.size(); x++) {
      for (int y = x + 1; y < all.size(); y++) {
        String problem = RuleValidator.contradiction(all.get(x), all.get(y));
        if (problem != null) {
          String later = all.get(y).id();
          throw error(ruleLines.getOrDefault(later, 0), "rules." + later, "contradictory rules: " + problem);
        }
      }
    }
  }

  private void checkRoutes(List<Rule> all, Map<String, Destination> destinations, Map<String, Integer> ruleLines,
      MapNode root) {
    if (destinations.isEmpty()) {
      return;
    }
    for (Rule r : all) {
      if (r.action() instanceof Action.Route route && !destinations.containsKey(route.destinationId())) {
        throw error(ruleLines.getOrDefault(r.id(), root.line()), "rules." + r.id() + ".action.route",
            "routes to '" + route.destinationId() + "', which is not among the destinations " + destinations.keySet());
      }
    }
  }

  private void schemaVersion(MapNode root) {
    Node v = root.entries().get("version");
    if (v == null) {
      throw error(root.line(), "version", "is required (the schema version, " + SCHEMA_VERSION + ")");
    }
    if (!SCHEMA_VERSION.equals(string(v, "version"))) {
      throw error(v.line(), "version", "unsupported schema version; this Veil reads version " + SCHEMA_VERSION);
    }
  }

  // ---- destinations

  private Map<String, Destination> destinations(Node node) {
    Map<String, Destination> out = new LinkedHashMap<>();
    int k = 0;
    for (Node n : list(node, "destinations")) {
      String field = "destinations[" + k++ + "]";
      MapNode m = map(n, field);
      allowedKeys(m, field, Set.of("id", "kind", "region", "baa", "dpa", "transfer", "zero-data-retention",
          "trains-on-data"));
      String id = requiredString(m, "id", field);
      if (out.containsKey(id)) {
        throw error(m.keyLines().get("id"), field + ".id", "destination id '" + id + "' is declared twice");
      }
      Destination.Builder b = Destination.builder(id);
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        String f = field + "." + e.getKey();
        Node v = e.getValue();
        switch (e.getKey()) {
          case "kind" -> b.kind(enumValue(v, f, Destination.Kind.class));
          case "region" -> b.region(region(v, f));
          case "baa" -> b.businessAssociateAgreement(bool(v, f));
          case "dpa" -> b.dataProcessingAgreement(bool(v, f));
          case "transfer" -> b.transferMechanism(transfer(v, f));
          case "zero-data-retention" -> b.zeroDataRetention(bool(v, f));
          case "trains-on-data" -> b.trainsOnData(bool(v, f));
          default -> { }
        }
      }
      try {
        out.put(id, b.build());
      } catch (VeilException e) {
        throw error(n.line(), field, e.getMessage());
      }
    }
    return out;
  }

  private Destination.TransferMechanism transfer(Node v, String field) {
    try {
      return Destination.TransferMechanism.parse(string(v, field));
    } catch (PolicyException e) {
      throw e;
    } catch (VeilException e) {
      throw error(v.line(), field, e.getMessage());
    }
  }

  private String region(Node v, String field) {
    String r = string(v, field).trim().toUpperCase(Locale.ROOT);
    boolean ok = r.equals("EEA") || r.equals("EU") || (r.length() == 2 && Character.isLetter(r.charAt(0))
        && Character.isLetter(r.charAt(1)));
    if (!ok) {
      throw error(v.line(), field, "region must be an ISO 3166 alpha-2 country code or EEA");
    }
    return r;
  }

  // ---- rules

  private Rule rule(Node n, String field) {
    MapNode m = map(n, field);
    allowedKeys(m, field, Set.of("id", "citation", "description", "when", "action"));
    String id = requiredString(m, "id", field);
    Rule.Builder b;
    try {
      b = Rule.builder(id);
      if (m.entries().containsKey("citation")) {
        b.citation(string(m.entries().get("citation"), field + ".citation"));
      }
      if (m.entries().containsKey("description")) {
        b.description(string(m.entries().get("description"), field + ".description"));
      }
      if (m.entries().containsKey("when")) {
        b.when(condition(m.entries().get("when"), field + ".when"));
      }
      Node action = m.entries().get("action");
      if (action == null) {
        throw error(m.line(), field + ".action", "is required (allow, transform, route or block)");
      }
      b.then(action(action, field + ".action"));
      return b.build();
    } catch (PolicyException e) {
      if (e.line() > 0) {
        throw e;
      }
      throw error(n.line(), field, e.getMessage());
    } catch (VeilException e) {
      throw error(n.line(), field, e.getMessage());
    }
  }

  private static final Set<String> SELECTOR_KEYS = Set.of("types", "categories", "any-finding", "about-person",
      "min-score", "detector", "attributes");

  private Condition condition(Node n, String field) {
    MapNode m = map(n, field);
    Set<String> allowed = new LinkedHashSet<>(SELECTOR_KEYS);
    allowed.addAll(List.of("requires", "excludes", "destination", "direction", "purpose", "jurisdiction",
        "legal-basis-any", "legal-basis-none"));
    allowedKeys(m, field, allowed);
    Condition.Builder b = Condition.builder();
    if (m.entries().keySet().stream().anyMatch(SELECTOR_KEYS::contains)) {
      b.select(selector(m, field));
    }
    for (String key : List.of("requires", "excludes")) {
      Node list = m.entries().get(key);
      if (list == null) {
        continue;
      }
      int k = 0;
      for (Node item : list(list, field + "." + key)) {
        String f = field + "." + key + "[" + k++ + "]";
        MapNode sm = map(item, f);
        allowedKeys(sm, f, SELECTOR_KEYS);
        Selector s = selector(sm, f);
        if (key.equals("requires")) {
          b.requires(s);
        } else {
          b.excludes(s);
        }
      }
    }
    if (m.entries().containsKey("destination")) {
      destinationCondition(b, m.entries().get("destination"), field + ".destination");
    }
    m.entries().forEach((key, v) -> {
      String f = field + "." + key;
      switch (key) {
        case "direction" -> b.direction(enums(v, f, Direction.class).toArray(Direction[]::new));
        case "purpose" -> b.purpose(enums(v, f, Purpose.class).toArray(Purpose[]::new));
        case "jurisdiction" -> b.jurisdiction(enums(v, f, Jurisdiction.class).toArray(Jurisdiction[]::new));
        case "legal-basis-any" -> b.anyLegalBasis(enums(v, f, LegalBasis.class).toArray(LegalBasis[]::new));
        case "legal-basis-none" -> b.noLegalBasis(enums(v, f, LegalBasis.class).toArray(LegalBasis[]::new));
        default -> { }
      }
    });
    return b.build();
  }

  private Selector selector(MapNode m, String field) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    boolean any = false;
    boolean person = false;
    double min = 0;
    String detector = null;
    Map<String, String> attributes = new TreeMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String f = field + "." + e.getKey();
      Node v = e.getValue();
      switch (e.getKey()) {
        case "types" -> {
          for (Node t : scalarOrList(v, f)) {
            try {
              types.add(EntityType.parse(string(t, f)));
            } catch (PolicyException ex) {
              throw ex;
            } catch (VeilException ex) {
              throw error(t.line(), f, ex.getMessage());
            }
          }
        }
        case "categories" -> categories.addAll(enums(v, f, DataCategory.class));
        case "any-finding" -> any = bool(v, f);
        case "about-person" -> person = bool(v, f);
        case "min-score" -> min = score(v, f);
        case "detector" -> detector = regex(v, f);
        case "attributes" -> {
          MapNode am = map(v, f);
          am.entries().forEach((k, pv) -> attributes.put(k, regex(pv, f + "." + k)));
        }
        default -> { }
      }
    }
    if (!any && types.isEmpty() && categories.isEmpty()) {
      throw error(m.line(), field, "a finding condition needs 'types', 'categories' or 'any-finding: true'");
    }
    return new Selector(types, categories, any, person, min, detector, attributes);
  }

  private void destinationCondition(Condition.Builder b, Node n, String field) {
    MapNode m = map(n, field);
    allowedKeys(m, field, Set.of("kind", "in-eea", "baa", "dpa", "transfer", "zero-data-retention",
        "trains-on-data", "region", "region-not", "id"));
    m.entries().forEach((key, v) -> {
      String f = field + "." + key;
      switch (key) {
        case "kind" -> b.destinationKind(enums(v, f, Destination.Kind.class).toArray(Destination.Kind[]::new));
        case "in-eea" -> b.destinationInEea(bool(v, f));
        case "baa" -> b.businessAssociateAgreement(bool(v, f));
        case "dpa" -> b.dataProcessingAgreement(bool(v, f));
        case "transfer" -> {
          for (Node t : scalarOrList(v, f)) {
            b.transferMechanism(transfer(t, f));
          }
        }
        case "zero-data-retention" -> b.zeroDataRetention(bool(v, f));
        case "trains-on-data" -> b.trainsOnData(bool(v, f));
        case "region" -> {
          List<String> regions = new ArrayList<>();
          for (Node r : scalarOrList(v, f)) {
            regions.add(region(r, f));
          }
          b.destinationRegion(regions);
        }
        case "region-not" -> {
          List<String> regions = new ArrayList<>();
          for (Node r : scalarOrList(v, f)) {
            regions.add(region(r, f));
          }
          b.destinationRegionNot(regions);
        }
        case "id" -> b.destinationIdMatches(regex(v, f));
        default -> { }
      }
    });
  }

  private Action action(Node n, String field) {
    if (n instanceof ScalarNode s) {
      switch (s.value().trim().toLowerCase(Locale.ROOT)) {
        case "allow":
          return Action.allow();
        case "block":
          return Action.block();
        case "transform":
          return Action.tag();
        default:
          throw error(n.line(), field, "unknown action '" + s.value().trim()
              + "'; use allow, block, transform, {transform: {...}} or {route: DESTINATION}");
      }
    }
    MapNode m = map(n, field);
    if (m.entries().size() != 1) {
      throw error(m.line(), field, "an action mapping has exactly one key: 'transform' or 'route'");
    }
    Map.Entry<String, Node> e = m.entries().entrySet().iterator().next();
    String f = field + "." + e.getKey();
    switch (e.getKey()) {
      case "route":
        return Action.routeTo(string(e.getValue(), f));
      case "transform":
        return transform(e.getValue(), f);
      default:
        throw error(m.keyLines().get(e.getKey()), f, "unknown action '" + e.getKey() + "'; use transform or route");
    }
  }

  private Action.Transform transform(Node n, String field) {
    MapNode m = map(n, field);
    Operator fallback = Operators.tag();
    Map<EntityType, Operator> byType = new LinkedHashMap<>();
    Map<DataCategory, Operator> byCategory = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String f = field + "." + e.getKey();
      int line = m.keyLines().get(e.getKey());
      Operator op = operator(e.getValue(), f);
      String key = e.getKey().trim().toUpperCase(Locale.ROOT).replace('-', '_');
      if (key.equals("DEFAULT")) {
        fallback = op;
        continue;
      }
      DataCategory category = enumOrNull(DataCategory.class, key);
      if (category != null) {
        byCategory.put(category, op);
        continue;
      }
      try {
        byType.put(EntityType.parse(e.getKey()), op);
      } catch (VeilException ex) {
        throw error(line, f, "'" + e.getKey() + "' is neither an entity type, a data category nor 'default'");
      }
    }
    Action.Transform t = Action.transform(fallback);
    for (Map.Entry<DataCategory, Operator> e : byCategory.entrySet()) {
      t = t.with(e.getKey(), e.getValue());
    }
    for (Map.Entry<EntityType, Operator> e : byType.entrySet()) {
      t = t.with(e.getKey(), e.getValue());
    }
    return t;
  }

  private Operator operator(Node n, String field) {
    try {
      return OperatorCatalog.parse(string(n, field));
    } catch (IllegalArgumentException e) {
      throw error(n.line(), field, e.getMessage());
    }
  }

  // ---- scalars and shapes

  private MapNode map(Node n, String field) {
    if (n instanceof MapNode m) {
      return m;
    }
    throw error(n.line(), field.isEmpty() ? null : field, "expected a mapping, found " + n.kind());
  }

  private List<Node> list(Node n, String field) {
    if (n instanceof ListNode l) {
      return l.items();
    }
    throw error(n.line(), field, "expected a list, found " + n.kind());
  }

  private List<Node> scalarOrList(Node n, String field) {
    if (n instanceof ScalarNode) {
      return List.of(n);
    }
    return list(n, field);
  }

  private String string(Node n, String field) {
    if (n instanceof ScalarNode s) {
      return s.value();
    }
    throw error(n.line(), field, "expected a value, found " + n.kind());
  }

  private String requiredString(MapNode m, String key, String field) {
    String f = field.isEmpty() ? key : field + "." + key;
    Node n = m.entries().get(key);
    if (n == null) {
      throw error(m.line(), f, "is required");
    }
    String s = string(n, f).trim();
    if (s.isEmpty()) {
      throw error(n.line(), f, "is empty");
    }
    return s;
  }

  private boolean bool(Node n, String field) {
    String s = string(n, field).trim();
    if (n instanceof ScalarNode sc && !sc.quoted()) {
      if (s.equals("true")) {
        return true;
      }
      if (s.equals("false")) {
        return false;
      }
    }
    throw error(n.line(), field, "expected true or false");
  }

  private double score(Node n, String field) {
    String s = string(n, field).trim();
    try {
      double d = Double.parseDouble(s);
      if (d >= 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(n.line(), field, "expected a score between 0 and 1");
  }

  private String regex(Node n, String field) {
    String s = string(n, field);
    try {
      Pattern.compile(s);
    } catch (PatternSyntaxException e) {
      throw error(n.line(), field, "not a valid RE2/J regular expression: " + e.getDescription());
    }
    return s;
  }

  private <E extends Enum<E>> E enumValue(Node n, String field, Class<E> type) {
    String s = string(n, field);
    E e = enumOrNull(type, s);
    if (e == null) {
      throw error(n.line(), field, "unknown value '" + s.trim() + "'; known: "
          + java.util.Arrays.toString(type.getEnumConstants()));
    }
    return e;
  }

  private <E extends Enum<E>> List<E> enums(Node n, String field, Class<E> type) {
    List<E> out = new ArrayList<>();
    for (Node item : scalarOrList(n, field)) {
      out.add(enumValue(item, field, type));
    }
    return out;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String s) {
    String key = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    return null;
  }

  private void allowedKeys(MapNode m, String field, Set<String> allowed) {
    for (Map.Entry<String, Integer> e : m.keyLines().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        String f = field.isEmpty() ? e.getKey() : field + "." + e.getKey();
        throw error(e.getValue(), f, "unknown field; allowed here: " + new java.util.TreeSet<>(allowed));
      }
    }
  }
}
