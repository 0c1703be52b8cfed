package dev.veil.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Decision;
import dev.veil.Destination;
import dev.veil.Direction;
import dev.veil.EntityType;
import dev.veil.GuardContext;
import dev.veil.GuardContext.Jurisdiction;
import dev.veil.GuardContext.Purpose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyFileTest {
  static final Path EXAMPLES = Path.of("..", "examples", "policies");

  @Test
  void euHospitalExampleLoadsAndDecides() {
    PolicyFile f = PolicyFile.load(EXAMPLES.resolve("eu-hospital.yaml"));
    assertEquals("eu-hospital", f.policy().id());
    assertEquals("2025-01-15", f.policy().version());
    assertEquals(3, f.destinations().size());
    Destination azure = f.destination("azure-openai-nl").orElseThrow();
    assertTrue(azure.businessAssociateAgreement() && azure.dataProcessingAgreement() && !azure.trainsOnData());
    assertEquals(Destination.TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
        f.destination("us-chatbot").orElseThrow().transferMechanism());
    assertTrue(f.policy().rules().stream().anyMatch(r -> r.id().equals("gdpr.art44.no-safeguard")));

    MarkedText phi = MarkedText.of(PresetScenariosTest.PHI_NAME);
    GuardContext care = GuardContext.builder().destination(azure).jurisdiction(Jurisdiction.EU_EEA)
        .legalBasis(GuardContext.LegalBasis.HEALTH_CARE).build();
    assertEquals(Decision.TRANSFORM, f.policy().evaluate(phi.findings(), care).decision());
    GuardContext marketing = care.toBuilder().purpose(Purpose.MARKETING).build();
    PolicyDecision d = f.policy().evaluate(phi.findings(), marketing);
    assertEquals(Decision.BLOCK, d.decision());
    assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("hospital.no-marketing")));
    GuardContext chatbot = care.toBuilder().destination(f.destination("us-chatbot").orElseThrow()).build();
    assertTrue(f.policy().evaluate(phi.findings(), chatbot).reasons().stream()
        .anyMatch(r -> r.ruleId().equals("hospital.training-vendors")));
  }

  @Test
  void paymentsJsonExampleLoadsAndMasksAccounts() {
    PolicyFile f = PolicyFile.load(EXAMPLES.resolve("us-payments.json"));
    assertEquals("us-payments", f.policy().id());
    MarkedText t = MarkedText.of("Refund to {ACCOUNT_NUMBER:000123456789} and {IBAN:DE89370400440532013000}");
    GuardContext c = GuardContext.builder().destination(f.destination("support-llm").orElseThrow()).build();
    PolicyDecision d = f.policy().evaluate(t.findings(), c);
    assertEquals(Decision.TRANSFORM, d.decision());
    assertEquals("mask", d.operators().get(EntityType.ACCOUNT_NUMBER).name());
    assertEquals("tag", d.operators().get(EntityType.IBAN).name());
  }

  @Test
  void routingExampleRoutesPhiToTheInternalModel() {
    PolicyFile f = PolicyFile.load(EXAMPLES.resolve("route-to-internal.yaml"));
    GuardContext c = GuardContext.builder().destination(f.destination("vendor-no-baa").orElseThrow())
        .jurisdiction(Jurisdiction.US).build();
    PolicyDecision d = f.policy().evaluate(MarkedText.of(PresetScenariosTest.PHI_NAME).findings(), c);
    assertEquals(Decision.ROUTE, d.decision());
    assertEquals(Optional.of("clinic-llm"), d.routeTo());
  }

  @Test
  void yamlAndJsonOfTheSameContentGiveEqualPolicies() {
    String yaml = """
        version: 1
        id: same
        extends: [pci-dss]
        rules:
          - id: x.block-ssn-output
            citation: "org"
            when:
              types: [US_SSN, us-itin]
              direction: [OUTPUT]
              destination: {in-eea: false, region: [US, CA], id: "vendor-.*"}
            action: block
        """;
    String json = """
        {"version": 1, "id": "same", "extends": ["pci-dss"], "rules": [
          {"id": "x.block-ssn-output", "citation": "org",
           "when": {"types": ["US_SSN", "US_ITIN"], "direction": "OUTPUT",
                    "destination": {"in-eea": false, "region": ["CA", "US"], "id": "vendor-.*"}},
           "action": "block"}]}
        """;
    RulePolicy a = PolicyFile.parse(yaml, false, "a.yaml").policy();
    RulePolicy b = PolicyFile.parse(json, true, "b.json").policy();
    assertEquals(a, b);
    GuardContext out = GuardContext.builder().direction(Direction.OUTPUT)
        .destination(Destination.builder("vendor-1").build()).build();
    assertEquals(Decision.BLOCK, a.evaluate(MarkedText.of("{US_SSN:219-09-9999}").findings(), out).decision());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("unknown entity type", "version: 1\nid: p\nrules:\n  - id: r\n    when:\n      types: [US_SSN, SHOE_SIZE]\n    action: block\n",
            6, "rules[0].when.types", "SHOE_SIZE"),
        Arguments.of("unknown preset", "version: 1\nid: p\nextends: [gdpr, hipaa]\n", 3, "extends[1]", "unknown preset"),
        Arguments.of("unknown operator", "version: 1\nid: p\nrules:\n  - id: r\n    when: {types: [PERSON]}\n    action:\n      transform:\n        PERSON: scramble\n",
            8, "rules[0].action.transform.PERSON", "unknown operator 'scramble'"),
        Arguments.of("bad regex", "version: 1\nid: p\nrules:\n  - id: r\n    when:\n      any-finding: true\n      detector: \"us-(ssn\"\n    action: block\n",
            7, "rules[0].when.detector", "RE2/J"),
        Arguments.of("contradictory rules", "version: 1\nid: p\nrules:\n  - id: a\n    when: {types: [PERSON]}\n    action: allow\n  - id: b\n    when: {types: [PERSON]}\n    action: block\n",
            7, "rules.b", "contradictory"),
        Arguments.of("route conflict", "version: 1\nid: p\nrules:\n  - id: a\n    when: {types: [PERSON]}\n    action: {route: x}\n  - id: b\n    when: {types: [PERSON]}\n    action: {route: y}\n",
            7, "rules.b", "route to different destinations"),
        Arguments.of("unknown field", "version: 1\nid: p\nrules:\n  - id: r\n    wehn: {types: [PERSON]}\n    action: block\n",
            5, "rules[0].wehn", "unknown field"),
        Arguments.of("missing version", "id: p\n", 1, "version", "is required"),
        Arguments.of("wrong version", "version: 2\nid: p\n", 1, "version", "unsupported"),
        Arguments.of("bad boolean", "version: 1\nid: p\ndestinations:\n  - id: d\n    baa: yes\n", 5, "destinations[0].baa", "true or false"),
        Arguments.of("bad score", "version: 1\nid: p\nrules:\n  - id: r\n    when: {types: [PERSON], min-score: 2}\n    action: block\n",
            5, "rules[0].when.min-score", "between 0 and 1"),
        Arguments.of("unknown route target", "version: 1\nid: p\ndestinations:\n  - id: d\nrules:\n  - id: r\n    when: {types: [PERSON]}\n    action: {route: elsewhere}\n",
            6, "rules.r.action.route", "not among the destinations"),
        Arguments.of("unknown category", "version: 1\nid: p\nrules:\n  - id: r\n    when: {categories: [PHI]}\n    action: block\n",
            5, "rules[0].when.categories", "unknown value 'PHI'"),
        Arguments.of("unknown transfer", "version: 1\nid: p\ndestinations:\n  - id: d\n    transfer: handshake\n", 5,
            "destinations[0].transfer", "unknown transfer mechanism"),
        Arguments.of("duplicate rule id", "version: 1\nid: p\nextends: [secrets]\nrules:\n  - id: secrets.credential\n    action: block\n",
            5, "rules[0].id", "already defined"),
        Arguments.of("tab indentation", "version: 1\nid: p\nrules:\n\t- id: r\n", 4, null, "tab"),
        Arguments.of("anchor", "version: 1\nid: &x p\n", 2, null, "anchors"),
        Arguments.of("duplicate key", "version: 1\nid: p\nid: q\n", 3, null, "duplicate key"),
        Arguments.of("bad indentation", "version: 1\nid: p\n   extra: 1\n", 3, null, "indentation"),
        Arguments.of("unterminated flow", "version: 1\nid: p\nextends: [gdpr, secrets\n", 3, null, "unterminated"),
        Arguments.of("empty file", "# nothing\n", 1, null, "empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidYamlNamesFileLineAndField(String name, String yaml, int line, String field, String fragment) {
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyFile.parse(yaml, false, "policy.yaml"));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(Optional.ofNullable(field), e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith("policy.yaml:" + line), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  static Stream<Arguments> invalidJson() {
    return Stream.of(
        Arguments.of("{\"version\": 1,\n \"id\": \"p\",\n \"extends\": [\"gdpr\",]\n}", 3, "expected a value"),
        Arguments.of("{\"version\": 1,\n \"id\": \"p\"\n \"rules\": []}", 3, "expected ',' or '}'"),
        Arguments.of("{\"version\": 1, \"id\": \"p\", \"id\": \"q\"}", 1, "duplicate key"),
        Arguments.of("{\"version\": 1,\n\n \"id\": null}", 3, "null"),
        Arguments.of("[1, 2]", 1, "expected a mapping"),
        Arguments.of("{\"version\": 1, \"id\": \"p\"} extra", 1, "after the end"),
        Arguments.of("{\"version\": 1,\n \"id\": \"p\",\n \"rules\": [{\"id\": \"r\", \"when\": {\"types\": [\"CAT\"]},"
            + " \"action\": \"block\"}]}", 3, "unknown entity type 'CAT'"));
  }

  @ParameterizedTest
  @MethodSource("invalidJson")
  void invalidJsonNamesLine(String json, int line, String fragment) {
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyFile.parse(json, true, "p.json"));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  @Test
  void loadingMissingOrOversizedFilesGivesPolicyException(@TempDir Path dir) throws Exception {
    PolicyException missing = assertThrows(PolicyException.class, () -> PolicyFile.load(dir.resolve("nope.yaml")));
    assertTrue(missing.getMessage().contains("nope.yaml"));
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "#".repeat((int) PolicyFile.MAX_BYTES + 1));
    assertThrows(PolicyException.class, () -> PolicyFile.load(big));
    Path bad = dir.resolve("bad.json");
    Files.write(bad, new byte[] {'{', (byte) 0xC3, '}'});
    assertTrue(assertThrows(PolicyException.class, () -> PolicyFile.load(bad)).getMessage().contains("UTF-8"));
  }

  @Test
  void destinationsFileLoads(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("dest.yaml");
    Files.writeString(f, "destinations:\n  - id: a\n    region: de\n    dpa: true\n  - {id: b, kind: internal, region: US}\n");
    var d = PolicyFile.loadDestinations(f);
    assertEquals("DE", d.get("a").region());
    assertTrue(d.get("a").inEea());
    assertTrue(d.get("b").isInternal());
  }

  @Test
  void builderRejectsContradictionsAndDuplicateIds() {
    Condition c = Condition.builder().select(Selector.types(EntityType.PERSON)).build();
    Rule allow = Rule.builder("a").when(c).then(Action.allow()).build();
    Rule block = Rule.builder("b").when(c).then(Action.block()).build();
    assertThrows(PolicyException.class, () -> RulePolicy.builder("p").rule(allow).rule(block).build());
    Rule other = Rule.builder("a").when(c).then(Action.block()).build();
    assertThrows(PolicyException.class, () -> RulePolicy.builder("p").rule(allow).rule(other).build());
    // Same condition, both restrictive: not a contradiction, the stricter wins.
    Rule tag = Rule.builder("t").when(c).then(Action.tag()).build();
    assertEquals(Decision.BLOCK, RulePolicy.builder("p").rule(tag).rule(block).build()
        .evaluate(MarkedText.of("{PERSON:Jane}").findings(), GuardContext.defaults()).decision());
  }
}
