package dev.veil.examples;

import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import dev.veil.http.LlmRoundTrip;
import dev.veil.policy.Policies;
import dev.veil.spring.VeilAdvisor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * Veil as Spring AI advisors, against an offline fake model. In a Boot app the auto-configuration
 * adds both advisors to every {@code ChatClient.Builder}; this shows the explicit wiring.
 */
public final class SpringAiExample {
  private SpringAiExample() {}

  /** A fake chat model that records what it receives. */
  public static final class FakeChatModel implements ChatModel {
    public final List<String> received = new ArrayList<>();

    @Override
    public ChatResponse call(Prompt prompt) {
      String text = prompt.getContents();
      received.add(text);
      return new ChatResponse(List.of(new Generation(new AssistantMessage(FakeModels.answer(text)))));
    }
  }

  public static String run(ChatModel chatModel, String message) {
    Guard guard = Guard.builder().discoverDetectors().policy(Policies.PSEUDONYMIZE.and(Policies.PCI_DSS))
        .auditSink(AuditSink.discarding()).build();
    // README:BEGIN spring-ai
    LlmRoundTrip veil = LlmRoundTrip.builder(guard).build();
    ChatClient chatClient = ChatClient.builder(chatModel)
        .defaultAdvisors(VeilAdvisor.outer(veil), VeilAdvisor.inner(veil))  // around memory and tool calls
        .build();
    String answer = chatClient.prompt().user(message).call().content();
    // README:END spring-ai
    return answer;
  }

  public static void main(String[] args) {
    FakeChatModel model = new FakeChatModel();
    System.out.println(run(model, "Refund IBAN DE89 3704 0044 0532 0130 00 for jane.roe@example.org"));
    System.out.println("the model saw: " + model.received);
  }
}
