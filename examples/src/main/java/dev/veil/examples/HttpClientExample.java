package dev.veil.examples;

import com.sun.net.httpserver.HttpServer;
import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import dev.veil.http.ChatCompletionsGuard;
import dev.veil.http.JsonGuard;
import dev.veil.http.LlmRoundTrip;
import dev.veil.policy.Policies;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Veil around a plain {@link HttpClient} call to an OpenAI-compatible chat-completions endpoint; the
 * endpoint here is a fake model served on loopback, so the example runs offline.
 */
public final class HttpClientExample {
  private HttpClientExample() {}

  /** Starts a fake chat-completions server on 127.0.0.1; records the bodies it receives. */
  public static HttpServer fakeServer(List<String> received) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body);
      String answer = FakeModels.answer(body).replace("\"", "");
      byte[] out = ("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + answer
          + "\"}}]}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
    return server;
  }

  public static String run(URI endpoint, String requestBody) throws IOException, InterruptedException {
    Guard guard = Guard.builder().discoverDetectors().policy(Policies.PSEUDONYMIZE.and(Policies.PCI_DSS))
        .auditSink(AuditSink.discarding()).build();
    HttpClient http = HttpClient.newHttpClient();
    String conversationId = "ticket-4711";
    // README:BEGIN http
    ChatCompletionsGuard veil = ChatCompletionsGuard.of(LlmRoundTrip.builder(guard).build());
    JsonGuard.Result safe = veil.guardRequest(requestBody, conversationId);
    if (safe.isBlocked()) {
      throw new IllegalStateException("blocked: " + safe.reasons());
    }
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(safe.safeJson())).build(),
        HttpResponse.BodyHandlers.ofString());
    String restored = veil.restoreResponse(response.body(), conversationId);
    // README:END http
    return restored;
  }

  public static void main(String[] args) throws Exception {
    List<String> received = new ArrayList<>();
    HttpServer server = fakeServer(received);
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions");
      System.out.println(run(uri, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
          + "\"Member jane.roe@example.org, SSN 536-22-8119, asks about a claim\"}]}"));
      System.out.println("the model saw: " + received);
    } finally {
      server.stop(0);
    }
  }
}
