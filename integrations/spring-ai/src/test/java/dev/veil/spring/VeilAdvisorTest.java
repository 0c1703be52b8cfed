package dev.veil.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import dev.veil.http.BlockedException;
import dev.veil.http.LlmRoundTrip;
import dev.veil.policy.Policies;
import dev.veil.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import reactor.core.publisher.Flux;

/** Drives a real Spring AI ChatClient (memory, streaming, Boot auto-configuration) against a fake model. */
class VeilAdvisorTest {
  private static final String SSN = "536-22-8119";
  private static final String MAIL = "margaret.odonnell@example.org";
  private static final Pattern TAG = Pattern.compile("<[A-Z_]+_\\d+>");

  /** Records every prompt; answers by echoing the tags it was given; streams in awkward chunks. */
  static final class FakeModel implements ChatModel {
    final List<String> seen = new ArrayList<>();

    @Override
    public ChatResponse call(Prompt prompt) {
      String all = render(prompt);
      seen.add(all);
      return answer("I noted " + String.join(" and ", tags(all)) + ".");
    }

    @Override
    public Flux<ChatResponse> stream(Prompt prompt) {
      String all = render(prompt);
      seen.add(all);
      String tag = tags(all).isEmpty() ? "nobody" : tags(all).get(0);
      return Flux.just("Dear ", tag.substring(0, 3), tag.substring(3), ", your number is 219-", "09-9999. Bye", "!")
          .map(FakeModel::answer);
    }

    static String render(Prompt prompt) {
      StringBuilder b = new StringBuilder();
      for (Message m : prompt.getInstructions()) {
        b.append(m.getMessageType()).append(": ").append(m.getText());
        if (m instanceof org.springframework.ai.chat.messages.ToolResponseMessage t) {
          t.getResponses().forEach(r -> b.append(" [tool ").append(r.name()).append(": ").append(r.responseData()).append(']'));
        }
        if (m instanceof AssistantMessage a) {
          a.getToolCalls().forEach(c -> b.append(" [call ").append(c.name()).append(": ").append(c.arguments()).append(']'));
        }
        b.append('\n');
      }
      return b.toString();
    }

    static List<String> tags(String text) {
      List<String> out = new ArrayList<>();
      Matcher m = TAG.matcher(text);
      while (m.find()) {
        if (!out.contains(m.group())) {
          out.add(m.group());
        }
      }
      return out;
    }

    static ChatResponse answer(String text) {
      return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
    }
  }

  private static LlmRoundTrip roundTrip(Policy policy) {
    Guard guard = Guard.builder().discoverDetectors().policy(policy).auditSink(AuditSink.discarding()).build();
    return LlmRoundTrip.builder(guard).build();
  }

  @Test
  void phiNeverReachesTheModelMemoryKeepsTagsAndTheCallerSeesRealValues() {
    FakeModel model = new FakeModel();
    LlmRoundTrip rt = roundTrip(Policies.redactAll());
    ChatMemory memory = MessageWindowChatMemory.builder().build();
    ChatClient client = ChatClient.builder(model)
        .defaultAdvisors(VeilAdvisor.outer(rt), MessageChatMemoryAdvisor.builder(memory).build(), VeilAdvisor.inner(rt))
        .build();

    String first = client.prompt().user("Patient " + MAIL + ", SSN " + SSN + ".")
        .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "c1")).call().content();
    String second = client.prompt().user("Again " + SSN)
        .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "c1")).call().content();

    assertEquals("I noted " + MAIL + " and " + SSN + ".", first);
    assertTrue(second.contains(SSN));
    for (String p : model.seen) {
      assertFalse(p.contains(SSN), p);
      assertFalse(p.contains(MAIL), p);
    }
    String stored = memory.get("c1").toString();
    assertFalse(stored.contains(SSN), "chat memory stored the raw SSN");
    assertTrue(stored.contains("<US_SSN_1>"));
  }

  static final class PatientTools {
    final List<String> received = new ArrayList<>();

    @org.springframework.ai.tool.annotation.Tool(description = "Looks up a patient by e-mail")
    String lookupPatient(String email) {
      received.add(email);
      return "{\"ssn\":\"219-09-9999\",\"status\":\"active\"}";
    }
  }

  /** First asks for a tool call with the e-mail tag it was given, then answers with the tags it sees. */
  static final class ToolCallingModel implements ChatModel {
    final List<String> seen = new ArrayList<>();

    @Override
    public org.springframework.ai.chat.prompt.ChatOptions getOptions() {
      return org.springframework.ai.model.tool.ToolCallingChatOptions.builder().build();
    }

    @Override
    public ChatResponse call(Prompt prompt) {
      String all = FakeModel.render(prompt);
      seen.add(all);
      boolean hasToolResult = prompt.getInstructions().stream()
          .anyMatch(m -> m.getMessageType() == org.springframework.ai.chat.messages.MessageType.TOOL);
      if (!hasToolResult) {
        String tag = FakeModel.tags(all).get(0);
        AssistantMessage call = AssistantMessage.builder().content("")
            .toolCalls(List.of(new AssistantMessage.ToolCall("call-1", "function", "lookupPatient",
                "{\"email\":\"" + tag + "\"}")))
            .build();
        return new ChatResponse(List.of(new Generation(call)));
      }
      return FakeModel.answer("Found " + String.join(" and ", FakeModel.tags(all)) + ".");
    }
  }

  @Test
  void toolsGetRealValuesAndToolResultsAreGuarded() {
    ToolCallingModel model = new ToolCallingModel();
    PatientTools tools = new PatientTools();
    LlmRoundTrip rt = roundTrip(Policies.redactAll());
    ChatClient client = ChatClient.builder(model)
        .defaultAdvisors(VeilAdvisor.outer(rt),
            org.springframework.ai.chat.client.advisor.ToolCallingAdvisor.builder().build(),
            VeilAdvisor.inner(rt))
        .defaultTools(tools)
        .build();

    String answer = client.prompt().user("Find " + MAIL).call().content();

    assertEquals(List.of(MAIL), tools.received, "the tool got the real e-mail");
    assertEquals(2, model.seen.size());
    for (String p : model.seen) {
      assertFalse(p.contains(MAIL), p);
      assertFalse(p.contains("219-09-9999"), "the tool result reached the model unguarded: " + p);
    }
    assertTrue(answer.contains(MAIL) && answer.contains("219-09-9999"), answer);
  }

  @Test
  void blockedPromptNeverReachesTheModelAndIsMarkedInTheResponse() {
    FakeModel model = new FakeModel();
    LlmRoundTrip rt = roundTrip(Policies.blockAny());
    ChatClient client = ChatClient.builder(model).defaultAdvisors(VeilAdvisor.outer(rt), VeilAdvisor.inner(rt)).build();

    ChatClientResponse r = client.prompt().user("SSN " + SSN).call().chatClientResponse();

    assertTrue(model.seen.isEmpty());
    assertEquals(VeilAdvisor.DEFAULT_FAILURE_RESPONSE, r.chatResponse().getResult().getOutput().getText());
    BlockedException e = assertInstanceOf(BlockedException.class, r.context().get(VeilAdvisor.BLOCKED_CONTEXT_KEY));
    assertTrue(e.getMessage().contains("block-any"));
    assertFalse(e.getMessage().contains(SSN));
  }

  @Test
  void streamedAnswersAreRestoredAndNeverShowPartialIdentifiers() {
    FakeModel model = new FakeModel();
    LlmRoundTrip rt = roundTrip(Policies.redactAll());
    ChatClient client = ChatClient.builder(model).defaultAdvisors(VeilAdvisor.outer(rt), VeilAdvisor.inner(rt)).build();

    List<String> chunks = client.prompt().user("I am " + MAIL).stream().content().collectList().block();

    String streamed = String.join("", chunks);
    assertEquals("Dear " + MAIL + ", your number is <US_SSN_1>. Bye!", streamed);
    assertFalse(chunks.stream().anyMatch(c -> c.contains("219-")));
    assertFalse(model.seen.get(0).contains(MAIL));
  }

  @Test
  void bootAutoConfigurationAddsTheAdvisorsToEveryChatClient() {
    FakeModel model = new FakeModel();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(VeilAutoConfiguration.class, ChatClientAutoConfiguration.class))
        .withBean(ChatModel.class, () -> model)
        .withPropertyValues("veil.policy=redact-all", "veil.audit-sink=none", "veil.destination.id=vendor-x")
        .run(context -> {
          ChatClient client = context.getBean(ChatClient.Builder.class).build();
          String answer = client.prompt().user("Reach me at " + MAIL).call().content();
          assertEquals("I noted " + MAIL + ".", answer);
          assertFalse(model.seen.get(0).contains(MAIL));
          assertEquals("vendor-x", context.getBean(LlmRoundTrip.class).context("c", dev.veil.Direction.PROMPT)
              .destination().id());
        });
  }

  @Test
  void unknownPolicyFailsStartupWithAClearMessage() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(VeilAutoConfiguration.class))
        .withPropertyValues("veil.policy=nope")
        .run(context -> {
          assertTrue(context.getStartupFailure() != null);
          Throwable root = context.getStartupFailure();
          while (root.getCause() != null) {
            root = root.getCause();
          }
          assertTrue(root.getMessage().contains("unknown preset 'nope'"), root.getMessage());
        });
  }
}
