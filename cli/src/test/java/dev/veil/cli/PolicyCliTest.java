package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCliTest {
  static final String EMAIL = "jane.roe@example.org";
  static final String CARD = "4111 1111 1111 1111";
  static final String TEXT = "Please email " + EMAIL + " about card " + CARD + ".";

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VeilCommand.run(args, new PrintWriter(out), new PrintWriter(err),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void noDestinationMeansUnknownExternalVendor() {
    Run r = run(TEXT, "guard", "--policy", "gdpr,secrets");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.out().contains("gdpr.art44.no-safeguard"), r.out());
    assertTrue(r.out().contains("gdpr.art28.no-dpa"), r.out());
  }

  @Test
  void destinationFromFlags() {
    Run r = run(TEXT, "guard", "--policy", "gdpr,pci-dss", "--jurisdiction", "EU_EEA", "--destination", "vendor",
        "--destination-region", "US", "--dpa", "--transfer", "sccs");
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("decision: TRANSFORM"), r.out());
    assertTrue(r.out().contains("gdpr.art46.sccs"), r.out());
    assertTrue(r.out().contains("pci.req3.4.1.pan-masked"), r.out());
    assertFalse(r.out().contains(CARD), "the card number must be masked in the safe text");
  }

  @Test
  void destinationFromPolicyFile() {
    Run r = run(TEXT, "guard", "--policy", "../examples/policies/eu-hospital.yaml", "--destination",
        "us-chatbot", "--jurisdiction", "EU_EEA");
    assertEquals(2, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("hospital.training-vendors"), r.out());
    Run unknown = run(TEXT, "guard", "--policy", "../examples/policies/eu-hospital.yaml", "--destination", "nope");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("unknown destination 'nope'"), unknown.err());
  }

  @Test
  void destinationsFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("dest.yaml");
    Files.writeString(f, "destinations:\n  - {id: eu-llm, region: DE, dpa: true}\n");
    Run r = run("mail " + EMAIL, "guard", "--policy", "gdpr", "--destinations", f.toString(), "--destination",
        "eu-llm", "--jurisdiction", "EU_EEA");
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("decision: ALLOW"), r.out());
  }

  @Test
  void oldPolicyNamesStillWork() {
    assertEquals(2, run(TEXT, "guard", "--policy", "block-any").code());
    Run redact = run(TEXT, "guard", "--policy", "redact-all");
    assertEquals(0, redact.code());
    assertFalse(redact.out().contains(EMAIL));
  }

  @Test
  void explainListsRulesWithoutValues() {
    Run r = run(TEXT, "policy", "explain", "--policy", "gdpr,pci-dss,secrets", "--jurisdiction", "EU_EEA",
        "--destination-region", "US", "--dpa", "--transfer", "none");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("decision: BLOCK"), r.out());
    assertTrue(r.out().contains("gdpr.art44.no-safeguard -> BLOCK"), r.out());
    assertTrue(r.out().contains("citation: GDPR Art. 44"), r.out());
    assertTrue(r.out().contains("pci.req3.4.1.pan-masked -> TRANSFORM"), r.out());
    assertTrue(r.out().contains("when: "), r.out());
    assertTrue(r.out().contains("EMAIL_ADDRESS ["), r.out());
    assertFalse(r.out().contains(EMAIL), r.out());
    assertFalse(r.out().contains("1111"), r.out());
  }

  @Test
  void badPoliciesAreInputErrors(@TempDir Path dir) throws Exception {
    Run unknown = run(TEXT, "guard", "--policy", "gdpr,hipaa");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("unknown preset 'hipaa'"), unknown.err());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "version: 1\nid: p\nrules:\n  - id: r\n    when: {types: [SHOE]}\n    action: block\n");
    Run r = run(TEXT, "guard", "--policy", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.yaml:5: field 'rules[0].when.types'"), r.err());
    Run check = run("", "policy", "check", bad.toString());
    assertEquals(1, check.code());
    Run ok = run("", "policy", "check", "../examples/policies/us-payments.json");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("payments.bank-details-external"), ok.out());
  }
}
