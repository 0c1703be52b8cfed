package dev.veil.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.internal.config.Node.ListNode;
import dev.veil.internal.config.Node.MapNode;
import dev.veil.internal.config.Node.ScalarNode;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlSubsetParserTest {

  /** Compact rendering: maps {k=v}, lists [a,b], quoted scalars "s", with @line for collections' items. */
  static String render(Node n) {
    if (n instanceof MapNode m) {
      return m.entries().entrySet().stream().map(e -> e.getKey() + "@" + m.keyLines().get(e.getKey()) + "="
          + render(e.getValue())).collect(Collectors.joining(",", "{", "}"));
    }
    if (n instanceof ListNode l) {
      return l.items().stream().map(YamlSubsetParserTest::render).collect(Collectors.joining(",", "[", "]"));
    }
    ScalarNode s = (ScalarNode) n;
    return s.quoted() ? "\"" + s.value() + "\"" : s.value();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a: 1                                          | {a@1=1}
      a: x # comment                                | {a@1=x}
      a: 'x # not a comment'                        | {a@1="x # not a comment"}
      a: "tab\\tand \\"quote\\""                    | {a@1="tab	and "quote""}
      a: 'it''s'                                    | {a@1="it's"}
      a: don't stop                                 | {a@1=don't stop}
      a: http://example.org/x#y                     | {a@1=http://example.org/x#y}
      a: [x, 'y', "z w"]                            | {a@1=[x,"y","z w"]}
      a: {k: v, l: [1, 2]}                          | {a@1={k@1=v,l@1=[1,2]}}
      a:\\n  - x\\n  - y                            | {a@1=[x,y]}
      a:\\n- x\\n- y\\nb: 2                         | {a@1=[x,y],b@4=2}
      a:\\n  - k: 1\\n    l: 2\\n  - k: 3           | {a@1=[{k@2=1,l@3=2},{k@4=3}]}
      a:\\n  - - x\\n    - y                        | {a@1=[[x,y]]}
      a:\\n  b:\\n    c: d\\n  e: f                 | {a@1={b@2={c@3=d},e@4=f}}
      ---\\n# top\\n\\na: 1\\n\\n# end              | {a@4=1}
      "quoted key": v                               | {quoted key@1=v}
      - {id: a}\\n- {id: b}                         | [{id@1=a},{id@2=b}]
      """)
  void parses(String yaml, String expected) {
    assertEquals(expected, render(YamlSubsetParser.parse(yaml.replace("\\n", "\n"))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a: >\\n  text                  | 1 | block scalars
      a: *ref                        | 1 | aliases
      a: !tag x                      | 1 | tags
      a: 1\\n---\\nb: 2              | 2 | one YAML document
      a:\\n  b: 1\\n c: 2            | 3 | indentation
      a: b: c                        | 1 | quote the value
      a: [1, 2                       | 1 | unterminated
      a: "open                       | 1 | unterminated quoted
      a:                             | 1 | has no value
      a: 1\\na: 2                    | 2 | duplicate key
      a: ~                           | 1 | null
      - x\\nb: 1                     | 2 | unexpected indentation
      a:\\n  -\\nb: 1                | 2 | empty list item
      """)
  void rejects(String yaml, int line, String fragment) {
    ConfigSyntaxException e = assertThrows(ConfigSyntaxException.class,
        () -> YamlSubsetParser.parse(yaml.replace("\\n", "\n")));
    assertEquals(line, e.line(), e.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
