package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policies;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real HttpClient against a fake OpenAI-compatible server on loopback. */
class HttpClientRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SSN = "536-22-8119";
  private static final String MAIL = "margaret.odonnell@example.org";

  private HttpServer server;
  private final List<String> received = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body);
      Matcher m = Pattern.compile("<[A-Z_]+_\\d+>").matcher(body);
      List<String> tags = new ArrayList<>();
      while (m.find()) {
        if (!tags.contains(m.group())) {
          tags.add(m.group());
        }
      }
      boolean stream = body.contains("\"stream\":true");
      String answer = "I noted " + String.join(" and ", tags) + ".";
      byte[] out;
      if (stream) {
        StringBuilder sse = new StringBuilder();
        for (String piece : new String[] {"I noted ", tags.get(0).substring(0, 5), tags.get(0).substring(5),
            " and card 4111 1111 ", "1111 1111. Done", "."}) {
          sse.append("data: ").append(MAPPER.writeValueAsString(java.util.Map.of("choices",
              List.of(java.util.Map.of("index", 0, "delta", java.util.Map.of("content", piece)))))).append("\n\n");
        }
        sse.append("data: [DONE]\n\n");
        out = sse.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      } else {
        out = MAPPER.writeValueAsString(java.util.Map.of("choices", List.of(java.util.Map.of("index", 0,
            "message", java.util.Map.of("role", "assistant", "content", answer))))).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(200, out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ChatCompletionsGuard guard() {
    Guard g = Guard.builder().discoverDetectors().policy(Policies.PSEUDONYMIZE.and(Policies.PCI_DSS)).auditSink(AuditSink.discarding()).build();
    return ChatCompletionsGuard.of(LlmRoundTrip.builder(g).build());
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions");
  }

  @Test
  void requestIsGuardedAndResponseRestored() throws Exception {
    ChatCompletionsGuard cg = guard();
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Patient " + MAIL + ", SSN " + SSN + "\"}]}";

    JsonGuard.Result safe = cg.guardRequest(body, "conv-1");
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(safe.safeJson())).build(),
        HttpResponse.BodyHandlers.ofString());
    String restored = cg.restoreResponse(response.body(), "conv-1");

    assertFalse(received.get(0).contains(SSN));
    assertFalse(received.get(0).contains(MAIL));
    JsonNode answer = MAPPER.readTree(restored).at("/choices/0/message/content");
    assertEquals("I noted " + MAIL + " and " + SSN + ".", answer.asText());
  }

  @Test
  void streamedResponseIsRestoredAndAnInventedCardNeverPassesInPieces() throws Exception {
    ChatCompletionsGuard cg = guard();
    String body = "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"I am " + MAIL + "\"}]}";

    JsonGuard.Result safe = cg.guardRequest(body, "conv-2");
    HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri()).POST(HttpRequest.BodyPublishers.ofString(safe.safeJson())).build(),
        HttpResponse.BodyHandlers.ofLines());
    ChatCompletionsGuard.SseRestorer restorer = cg.streamingResponse("conv-2");
    StringBuilder shown = new StringBuilder();
    List<String> forwarded = new ArrayList<>();
    response.body().filter(l -> l.startsWith("data: ")).forEach(line -> {
      for (String payload : restorer.accept(line.substring(6))) {
        forwarded.add(payload);
        if (!payload.equals("[DONE]")) {
          try {
            shown.append(MAPPER.readTree(payload).at("/choices/0/delta/content").asText());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }
      }
    });

    assertTrue(shown.toString().startsWith("I noted " + MAIL + " and card "), shown.toString());
    assertTrue(shown.toString().endsWith("1111. Done."), shown.toString());
    assertFalse(shown.toString().contains("4111"), shown.toString());
    assertEquals("[DONE]", forwarded.get(forwarded.size() - 1));
    assertTrue(forwarded.stream().noneMatch(p -> p.contains("4111")), "no fragment of the card was forwarded");
  }
}
