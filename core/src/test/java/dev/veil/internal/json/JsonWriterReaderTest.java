package dev.veil.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
      "\"unterminated", "{a:1}", "nul", "[-]", "1.", "\"\u0001\""})
  void rejectsMalformedInputNamingOnlyTheOffset(String s) {
    JsonReader.JsonException e = assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse(s));
    assertFalse(s.length() > 3 && e.getMessage().contains(s), e.getMessage());
  }

  @Test
  void rejectsDeepNesting() {
    assertThrows(JsonReader.JsonException.class, () -> JsonReader.parse("[".repeat(100) + "]".repeat(100)));
  }
}
