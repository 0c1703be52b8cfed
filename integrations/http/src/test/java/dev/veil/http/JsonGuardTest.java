package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.Decision;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.VeilException;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policies;
import dev.veil.transform.TransformSession;
import org.junit.jupiter.api.Test;

class JsonGuardTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SSN = "536-22-8119";
  private static final String MAIL = "pat.lee@example.org";

  private final Guard redacting = Guard.builder().discoverDetectors().policy(Policies.redactAll())
      .auditSink(AuditSink.discarding()).build();
  private final Guard blocking = Guard.builder().discoverDetectors().policy(Policies.blockAny())
      .auditSink(AuditSink.discarding()).build();

  @Test
  void toolCallArgumentsAreGuardedInsideTheirJsonString() throws Exception {
    String body = "{\"model\":\"m\",\"messages\":["
        + "{\"role\":\"user\",\"content\":\"Look up " + MAIL + "\"},"
        + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
        + "{\"name\":\"find_patient\",\"arguments\":\"{\\\"ssn\\\":\\\"" + SSN + "\\\",\\\"mail\\\":\\\"" + MAIL + "\\\"}\"}}]},"
        + "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"{\\\"ssn\\\":\\\"" + SSN + "\\\",\\\"ok\\\":true}\"}"
        + "],\"temperature\":0.2}";

    JsonGuard.Result r = ChatCompletionsGuard.of(LlmRoundTrip.builder(redacting).build()).guardRequest(body, "c1");

    assertEquals(Decision.TRANSFORM, r.decision());
    String safe = r.safeJson();
    assertFalse(safe.contains(SSN), safe);
    assertFalse(safe.contains(MAIL), safe);
    JsonNode root = MAPPER.readTree(safe);
    assertEquals("Look up <EMAIL_ADDRESS_1>", root.at("/messages/0/content").asText());
    JsonNode args = MAPPER.readTree(root.at("/messages/1/tool_calls/0/function/arguments").asText());
    assertEquals("<US_SSN_1>", args.get("ssn").asText(), "same value, same tag across fields");
    assertEquals("<EMAIL_ADDRESS_1>", args.get("mail").asText());
    assertEquals("call_1", root.at("/messages/2/tool_call_id").asText());
    assertEquals("<US_SSN_1>", MAPPER.readTree(root.at("/messages/2/content").asText()).get("ssn").asText());
    assertEquals(0.2, root.get("temperature").asDouble());
  }

  @Test
  void mcpToolCallsAndResultsAreGuardedAndStayValidJsonRpc() throws Exception {
    JsonGuard mcp = JsonGuard.forMcp(redacting);
    TransformSession session = TransformSession.create();
    String call = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"find_claim\","
        + "\"arguments\":{\"member_email\":\"" + MAIL + "\",\"ssn\":\"" + SSN + "\"}}}";
    String result = "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"content\":[{\"type\":\"text\","
        + "\"text\":\"Claim for " + MAIL + " approved\"}],\"isError\":false}}";

    JsonNode safeCall = MAPPER.readTree(mcp.check(call, GuardContext.defaults(), session).safeJson());
    JsonNode safeResult = MAPPER.readTree(mcp.check(result, GuardContext.defaults(), session).safeJson());

    assertEquals("tools/call", safeCall.get("method").asText());
    assertEquals(7, safeCall.get("id").asInt());
    assertEquals("<EMAIL_ADDRESS_1>", safeCall.at("/params/arguments/member_email").asText());
    assertEquals("<US_SSN_1>", safeCall.at("/params/arguments/ssn").asText());
    assertEquals("Claim for <EMAIL_ADDRESS_1> approved", safeResult.at("/result/content/0/text").asText());
    assertEquals("text", safeResult.at("/result/content/0/type").asText());
  }

  @Test
  void oneBlockedFieldBlocksTheDocument() {
    JsonGuard jg = JsonGuard.builder(blocking).build();
    JsonGuard.Result r = jg.check("{\"a\":\"fine\",\"b\":[\"x\",\"ssn " + SSN + "\"]}", GuardContext.defaults(),
        TransformSession.create());
    assertTrue(r.isBlocked());
    assertTrue(r.safeDocument().isEmpty());
    assertFalse(r.toString().contains(SSN));
  }

  @Test
  void keysAreGuardedToo() throws Exception {
    JsonGuard jg = JsonGuard.builder(redacting).build();
    JsonGuard.Result r = jg.check("{\"" + MAIL + "\":{\"visits\":3}}", GuardContext.defaults(),
        TransformSession.create());
    JsonNode out = MAPPER.readTree(r.safeJson());
    assertTrue(out.has("<EMAIL_ADDRESS_1>"), r.safeJson());
    assertEquals(3, out.get("<EMAIL_ADDRESS_1>").get("visits").asInt());
  }

  @Test
  void identifiersTypedAsNumbersAreCaughtToo() throws Exception {
    JsonGuard jg = JsonGuard.builder(redacting).build();
    JsonGuard.Result r = jg.check("{\"card\":4111111111111111,\"count\":3,\"amount\":12.5}",
        GuardContext.defaults(), TransformSession.create());
    JsonNode out = MAPPER.readTree(r.safeJson());
    assertEquals("<CREDIT_CARD_1>", out.get("card").asText());
    assertEquals(3, out.get("count").asInt());
    assertEquals(12.5, out.get("amount").asDouble());
  }

  @Test
  void tooDeepDocumentsAreBlockedUnread() {
    String deep = "[".repeat(100) + "\"x\"" + "]".repeat(100);
    JsonGuard.Result r = JsonGuard.builder(redacting).build().check(deep, GuardContext.defaults(),
        TransformSession.create());
    assertTrue(r.isBlocked());
    assertEquals(JsonGuard.LIMIT_EXCEEDED, r.reasons().get(r.reasons().size() - 1).ruleId());
  }

  @Test
  void malformedJsonIsATypedErrorWithoutContent() {
    VeilException e = assertThrows(VeilException.class, () -> JsonGuard.builder(redacting).build()
        .check("{\"ssn\": \"" + SSN + "\"", GuardContext.defaults(), TransformSession.create()));
    assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
    assertFalse(e.getMessage().contains(SSN));
  }

  @Test
  void notAChatRequestIsRejected() {
    assertThrows(VeilException.class, () -> ChatCompletionsGuard.of(LlmRoundTrip.builder(redacting).build())
        .guardRequest("{\"prompt\":\"x\"}", "c1"));
  }

  @Test
  void unchangedEmbeddedJsonKeepsItsFormatting() throws Exception {
    String doc = "{\"arguments\":\"{ \\\"unit\\\" : \\\"mg\\\" }\"}";
    JsonGuard.Result r = JsonGuard.builder(redacting).build().check(doc, GuardContext.defaults(),
        TransformSession.create());
    assertEquals(Decision.ALLOW, r.decision());
    assertEquals("{ \"unit\" : \"mg\" }", MAPPER.readTree(r.safeJson()).get("arguments").asText());
  }
}
