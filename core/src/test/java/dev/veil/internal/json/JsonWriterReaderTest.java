package dev.veil.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonWriterReaderTest {

  @Property(tries = 500)
  void anyStringRoundTripsAndNeverBreaksTheLine(@ForAll String s) {
    String json = new JsonWriter().beginObject().field("v", s).name("a").beginArray().value(s).value(3).endArray()
        .endObject().toString();
    assertFalse(json.contains("\n") || json.contains("\r") || json.contains("\u2028") || json.contains("\u2029"));
    Map<String, Object> back = JsonReader.parseObject(json);
    assertEquals(s, back.get("v"));
    assertEquals(List.of(s, 3L), back.get("a"));
  }

  @Test
  void writesCompactJsonWithNulls() {
    String json = new JsonWriter().beginObject().field("a", (String) null).field("b", 1.5).field("c", -2)
        .name("d").beginObject().endObject().name("e").value(true).endObject().toString();
    assertEquals("{\"a\":null,\"b\":1.5,\"c\":-2,\"d\":{},\"e\":true}", json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{\"a\":1}x", "\"\\x\"", "01", "{\"a\":1,\"a\":2}",
      "\"unterminated", "{a:1}", "nul", "[-]", "1.", "\"\u0001\"",
      "truex", "+1", ".5", "NaN", "-Infinity", "1e", "0x10", "1.5.2", "[true false]"})
  void rejectsMalformedInputNamingOnlyTheOffset(String s) {
    JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse(s));
    assertFalse(s.length() > 3 && e.getMessage().contains(s), e.getMessage());
  }

  @Test
  void errorsNameTheLineAndOffsetButNotTheContent() {
    String secret = "123-45-6789";
    JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class,
        () -> JsonReader.parse("{\n \"a\": 1,\n \"b\": " + secret + "}"));
    assertEquals(3, e.line());
    assertEquals("expected ',' or '}'", e.reason());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertFalse(e.getMessage().contains("45"), e.getMessage());
  }

  @Test
  void treeBuildersSeeLinesAndRawNumbers() {
    List<String> seen = new java.util.ArrayList<>();
    JsonReader.parse("[1.50,\n\"x\",\n{\"k\":\nfalse}]", new JsonReader.TreeBuilder<String>() {
      public String string(String v, int line) {
        seen.add("s:" + v + "@" + line);
        return v;
      }

      public String number(String literal, int line) {
        seen.add("n:" + literal + "@" + line);
        return literal;
      }

      public String bool(boolean v, int line) {
        seen.add("b:" + v + "@" + line);
        return "b";
      }

      public String nullValue(int line) {
        return null;
      }

      public String object(Map<String, String> members, Map<String, Integer> keyLines, int line) {
        seen.add("o:" + keyLines + "@" + line);
        return "o";
      }

      public String array(List<String> items, int line) {
        seen.add("a:" + items + "@" + line);
        return "a";
      }
    });
    assertEquals(List.of("n:1.50@1", "s:x@2", "b:false@4", "o:{k=3}@3", "a:[1.50, x, o]@1"), seen);
  }

  @Test
  void plainValuesKeepNullAndNumberKinds() {
    Map<String, Object> m = JsonReader.parseObject("{\"a\":null,\"b\":12,\"c\":1.5,\"d\":123456789012345678901}");
    assertTrue(m.containsKey("a") && m.get("a") == null);
    assertEquals(12L, m.get("b"));
    assertEquals(1.5, m.get("c"));
    assertEquals(1.2345678901234568E20, m.get("d"));
  }

  @Test
  void rejectsDeepNesting() {
    assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("[".repeat(100) + "]".repeat(100)));
  }
}
