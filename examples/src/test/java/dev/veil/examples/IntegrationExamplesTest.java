package dev.veil.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrationExamplesTest {
  private static final String SSN = "536-22-8119";
  private static final String MAIL = "jane.roe@example.org";

  @Test
  void langChain4jExampleKeepsPhiFromTheModelAndRestoresIt() {
    LangChain4jExample.FakeChatModel model = new LangChain4jExample.FakeChatModel();
    String answer = LangChain4jExample.run(model, "c1", "Patient " + MAIL + ", SSN " + SSN + ": summarise.");
    assertEquals("Noted: " + MAIL + ", " + SSN + ".", answer);
    assertFalse(model.received.toString().contains(SSN));
    assertFalse(model.received.toString().contains(MAIL));
  }

  @Test
  void springAiExampleKeepsPhiFromTheModelAndRestoresIt() {
    SpringAiExample.FakeChatModel model = new SpringAiExample.FakeChatModel();
    String answer = SpringAiExample.run(model, "Refund IBAN DE89 3704 0044 0532 0130 00 for " + MAIL);
    assertTrue(answer.contains("DE89 3704 0044 0532 0130 00") && answer.contains(MAIL), answer);
    assertFalse(model.received.toString().contains("DE89"));
    assertFalse(model.received.toString().contains(MAIL));
  }

  @Test
  void httpClientExampleKeepsPhiFromTheModelRestoresItAndMasksCards() throws Exception {
    List<String> received = new ArrayList<>();
    HttpServer server = HttpClientExample.fakeServer(received);
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions");
      String restored = HttpClientExample.run(uri, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":"
          + "\"Member " + MAIL + ", SSN " + SSN + ", card 4111 1111 1111 1111\"}]}");
      assertTrue(restored.contains(MAIL) && restored.contains(SSN), restored);
      assertTrue(restored.contains("**** **** **** 1111"), "PCI DSS masks the card even on the way back: " + restored);
      assertFalse(received.get(0).contains("4111") || received.get(0).contains(SSN) || received.get(0).contains(MAIL));
    } finally {
      server.stop(0);
    }
  }
}
