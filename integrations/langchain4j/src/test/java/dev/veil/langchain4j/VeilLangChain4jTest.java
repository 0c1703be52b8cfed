package dev.veil.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.guardrail.InputGuardrailException;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;
import dev.veil.Guard;
import dev.veil.audit.AuditSink;
import dev.veil.policy.Policies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Drives real LangChain4j AiServices (memory, tools, streaming) against fake models. */
class VeilLangChain4jTest {
  private static final String SSN = "536-22-8119";
  private static final String MAIL = "margaret.odonnell@example.org";
  private static final String TOOL_SSN = "219-09-9999";
  private static final Pattern TAG = Pattern.compile("<[A-Z_]+_\\d+>");

  interface Assistant {
    String chat(@MemoryId String conversation, @UserMessage String message);
  }

  interface StreamingAssistant {
    TokenStream chat(@MemoryId String conversation, @UserMessage String message);
  }

  /** A fake model that records what reached it and answers by echoing the tags it was given. */
  static final class RecordingModel implements ChatModel {
    final List<String> seen = new ArrayList<>();
    boolean callTool;

    @Override
    public ChatResponse doChat(ChatRequest request) {
      StringBuilder all = new StringBuilder();
      for (ChatMessage m : request.messages()) {
        all.append(m).append('\n');
      }
      seen.add(all.toString());
      ChatMessage last = request.messages().get(request.messages().size() - 1);
      if (callTool && !(last instanceof ToolExecutionResultMessage)) {
        String mailTag = firstTag(all.toString(), "EMAIL_ADDRESS");
        return ChatResponse.builder().aiMessage(AiMessage.from(List.of(ToolExecutionRequest.builder()
            .id("call-1").name("lookupPatient").arguments("{\"email\":\"" + mailTag + "\"}").build()))).build();
      }
      List<String> tags = new ArrayList<>();
      Matcher m = TAG.matcher(all);
      while (m.find()) {
        if (!tags.contains(m.group())) {
          tags.add(m.group());
        }
      }
      return ChatResponse.builder().aiMessage(AiMessage.from("I noted " + String.join(" and ", tags) + ".")).build();
    }
  }

  static String firstTag(String text, String type) {
    Matcher m = Pattern.compile("<" + type + "_\\d+>").matcher(text);
    return m.find() ? m.group() : "none";
  }

  static final class PatientTools {
    final List<String> received = new ArrayList<>();

    @Tool("Looks up a patient by e-mail")
    String lookupPatient(@P("email") String email) {
      received.add(email);
      return "{\"ssn\":\"" + TOOL_SSN + "\",\"status\":\"active\"}";
    }
  }

  private static Guard guard() {
    return Guard.builder().discoverDetectors().policy(Policies.redactAll()).auditSink(AuditSink.discarding()).build();
  }

  @Test
  void phiNeverReachesTheModelAndTheUserSeesRestoredValues() {
    RecordingModel model = new RecordingModel();
    VeilLangChain4j veil = VeilLangChain4j.builder(guard()).build();
    Assistant assistant = AiServices.builder(Assistant.class)
        .chatModel(veil.wrap(model))
        .chatRequestTransformer(veil.requestTransformer())
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .build();

    String answer = assistant.chat("conv-1", "Patient mail " + MAIL + ", SSN " + SSN + ".");
    String second = assistant.chat("conv-1", "And again: SSN " + SSN);

    assertEquals("I noted <EMAIL_ADDRESS_1> and <US_SSN_1>.".replace("<EMAIL_ADDRESS_1>", MAIL)
        .replace("<US_SSN_1>", SSN), answer);
    assertTrue(second.contains(SSN), second);
    for (String request : model.seen) {
      assertFalse(request.contains(SSN), "SSN reached the model");
      assertFalse(request.contains(MAIL), "e-mail reached the model (memory resend)");
    }
    assertTrue(model.seen.get(1).contains("<US_SSN_1>"), "same value keeps its tag across turns");
  }

  @Test
  void toolsReceiveRealValuesAndToolResultsArePseudonymized() {
    RecordingModel model = new RecordingModel();
    model.callTool = true;
    PatientTools tools = new PatientTools();
    VeilLangChain4j veil = VeilLangChain4j.builder(guard()).build();
    Assistant assistant = AiServices.builder(Assistant.class)
        .chatModel(veil.wrap(model))
        .chatRequestTransformer(veil.requestTransformer())
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .tools(tools)
        .build();

    String answer = assistant.chat("conv-2", "Find the record of " + MAIL);

    assertEquals(List.of(MAIL), tools.received, "the tool got the real e-mail");
    assertEquals(2, model.seen.size());
    for (String request : model.seen) {
      assertFalse(request.contains(MAIL));
      assertFalse(request.contains(TOOL_SSN), "tool result reached the model unguarded");
    }
    assertTrue(model.seen.get(1).contains("<US_SSN_1>"), model.seen.get(1));
    assertTrue(answer.contains(TOOL_SSN) && answer.contains(MAIL), answer);
  }

  @Test
  void ragQueriesAreGuardedBeforeRetrieval() {
    RecordingModel model = new RecordingModel();
    List<String> queries = new ArrayList<>();
    dev.langchain4j.rag.content.retriever.ContentRetriever retriever = query -> {
      queries.add(query.text());
      return List.of(dev.langchain4j.rag.content.Content.from("Policy: refunds within 30 days."));
    };
    VeilLangChain4j veil = VeilLangChain4j.builder(guard()).build();
    Assistant assistant = AiServices.builder(Assistant.class)
        .chatModel(veil.wrap(model))
        .chatRequestTransformer(veil.requestTransformer())
        .contentRetriever(veil.wrap(retriever))
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .build();

    assistant.chat("conv-rag", "Refund for " + MAIL + "?");

    assertEquals(1, queries.size());
    assertFalse(queries.get(0).contains(MAIL), queries.get(0));
    assertTrue(queries.get(0).contains("<EMAIL_ADDRESS_1>"), queries.get(0));
    assertFalse(model.seen.get(0).contains(MAIL));
    assertTrue(model.seen.get(0).contains("refunds within 30 days"));
  }

  @Test
  void blockedPromptSurfacesAsTheFrameworksGuardrailFailure() {
    RecordingModel model = new RecordingModel();
    Guard blocking = Guard.builder().discoverDetectors().policy(Policies.blockAny()).auditSink(AuditSink.discarding()).build();
    VeilLangChain4j veil = VeilLangChain4j.builder(blocking).build();
    Assistant assistant = AiServices.builder(Assistant.class)
        .chatModel(model)
        .inputGuardrails(veil.inputGuardrail())
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .build();

    InputGuardrailException e = assertThrows(InputGuardrailException.class,
        () -> assistant.chat("conv-3", "SSN " + SSN));
    assertTrue(e.getMessage().contains("block-any"), e.getMessage());
    assertFalse(e.getMessage().contains(SSN));
    assertTrue(model.seen.isEmpty(), "the model was never called");
  }

  @Test
  void guardrailsRewriteAndRestoreWithoutTheDecorator() {
    RecordingModel model = new RecordingModel();
    VeilLangChain4j veil = VeilLangChain4j.builder(guard()).build();
    Assistant assistant = AiServices.builder(Assistant.class)
        .chatModel(model)
        .inputGuardrails(veil.inputGuardrail())
        .outputGuardrails(veil.outputGuardrail())
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .build();

    String answer = assistant.chat("conv-4", "mail " + MAIL);

    assertFalse(model.seen.get(0).contains(MAIL));
    assertEquals("I noted " + MAIL + ".", answer);
  }

  @Test
  void streamingAnswersAreRestoredChunkByChunkAndNeverShowSplitIdentifiers() throws Exception {
    StreamingChatModel streaming = new StreamingChatModel() {
      @Override
      public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        String all = request.messages().toString();
        String tag = firstTag(all, "EMAIL_ADDRESS");
        // the tag and an invented SSN arrive split across chunks
        List<String> chunks = List.of("Dear ", tag.substring(0, 4), tag.substring(4), ", your number is 219-",
            "09-9999. Bye", "!");
        for (String c : chunks) {
          handler.onPartialResponse(c);
        }
        handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(String.join("", chunks))).build());
      }
    };
    VeilLangChain4j veil = VeilLangChain4j.builder(guard()).build();
    StreamingAssistant assistant = AiServices.builder(StreamingAssistant.class)
        .streamingChatModel(veil.wrap(streaming))
        .chatRequestTransformer(veil.requestTransformer())
        .chatMemoryProvider(id -> MessageWindowChatMemory.withMaxMessages(20))
        .build();

    List<String> partials = new ArrayList<>();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    assistant.chat("conv-5", "Hello, I am " + MAIL)
        .onPartialResponse(partials::add)
        .onCompleteResponse(done::complete)
        .onError(done::completeExceptionally)
        .start();
    ChatResponse response = done.get(10, TimeUnit.SECONDS);

    String streamed = String.join("", partials);
    assertEquals("Dear " + MAIL + ", your number is <US_SSN_1>. Bye!", streamed);
    assertFalse(partials.stream().anyMatch(p -> p.contains("219-")), "no partial identifier was emitted");
    assertEquals(streamed, response.aiMessage().text());
  }
}
