package dev.veil.examples;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.UserMessage;
import dev.veil.Guard;
import dev.veil.GuardContext;
import dev.veil.audit.AuditSink;
import dev.veil.langchain4j.VeilLangChain4j;
import dev.veil.policy.Policies;
import java.util.ArrayList;
import java.util.List;

/** Veil in a LangChain4j AI service, against an offline fake model. */
public final class LangChain4jExample {
  private LangChain4jExample() {}

  /** The AI service interface. */
  public interface Assistant {
    String chat(@MemoryId String conversation, @UserMessage String message);
  }

  /** A fake chat model that records what it receives. */
  public static final class FakeChatModel implements ChatModel {
    public final List<String> received = new ArrayList<>();

    @Override
    public ChatResponse doChat(ChatRequest request) {
      String prompt = request.messages().toString();
      received.add(prompt);
      return ChatResponse.builder().aiMessage(AiMessage.from(FakeModels.answer(prompt))).build();
    }
  }

  public static String run(ChatModel model, String conversation, String message) {
    Guard guard = Guard.builder().discoverDetectors().policy(Policies.PSEUDONYMIZE.and(Policies.PCI_DSS))
        .auditSink(AuditSink.discarding()).build();
    GuardContext context = GuardContext.defaults();
    // README:BEGIN langchain4j
    VeilLangChain4j veil = VeilLangChain4j.builder(guard).context(context).build();
    Assistant assistant = AiServices.builder(Assistant.class)
        .chatModel(veil.wrap(model))                        // guards every request, restores answers
        .chatRequestTransformer(veil.requestTransformer())  // one pseudonym vault per memory id
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .build();
    String answer = assistant.chat(conversation, message);
    // README:END langchain4j
    return answer;
  }

  public static void main(String[] args) {
    FakeChatModel model = new FakeChatModel();
    System.out.println(run(model, "c1", "Patient jane.roe@example.org, SSN 536-22-8119: summarise."));
    System.out.println("the model saw: " + model.received);
  }
}
