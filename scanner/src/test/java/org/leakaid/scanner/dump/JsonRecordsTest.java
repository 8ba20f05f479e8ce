package org.leakaid.scanner.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.scanner.TextEncoding;

class JsonRecordsTest {
  private final JsonRecords json = new JsonRecords();

  /** The text of each item found, in order of opening. */
  private List<String> items(String text, Charset charset, TextEncoding enc) {
    byte[] b = text.getBytes(charset);
    json.find(b, 0, b.length, enc);
    List<String> items = new ArrayList<>();
    for (int k = 0; k < json.count; k++) {
      items.add(
          new String(
              b, json.starts[k], Math.min(json.ends[k], b.length) - json.starts[k], charset));
    }
    return items;
  }

  private List<String> items(String text) {
    return items(text, StandardCharsets.UTF_8, TextEncoding.UTF_8);
  }

  @Test
  void itemsAreObjectsInListsAndAtTheStartNotObjectsUnderAKey() {
    assertThat(items("[{\"a\":1},{\"b\":{\"c\":2}}]"))
        .containsExactly("{\"a\":1}", "{\"b\":{\"c\":2}}");
    assertThat(items("{\"code\":0,\"data\":[{\"a\":1},{\"a\":2}]}"))
        .containsExactly("{\"code\":0,\"data\":[{\"a\":1},{\"a\":2}]}", "{\"a\":1}", "{\"a\":2}");
    assertThat(json.parents).startsWith(-1, 0, 0);
    assertThat(items("{\"a\":1}\n{\"a\":2}")).hasSize(2); // concatenated, as jq prints them
    assertThat(items("\"[{not json}]\", 12")).isEmpty();
  }

  @Test
  void aLineIsJsonWhenItOpensAndClosesLikeJson() {
    for (String json : new String[] {"{\"a\":1}", "  [{\"a\":1}] ", "{\"a\":1},"}) {
      byte[] b = json.getBytes(StandardCharsets.UTF_8);
      assertThat(JsonRecords.looksLikeJson(b, 0, b.length)).as(json).isTrue();
    }
    for (String row : new String[] {"{\"vip\":1},张三,13812345678", "[VIP]张三,13812345678", "{"}) {
      byte[] b = row.getBytes(StandardCharsets.UTF_8);
      assertThat(JsonRecords.looksLikeJson(b, 0, b.length)).as(row).isFalse();
    }
  }

  @Test
  void bracesInStringsAndEscapedQuotesAreText() {
    assertThat(items("[{\"note\":\"say \\\"{hi}\\\", [x]\"},{\"b\":\"}\"}]"))
        .containsExactly("{\"note\":\"say \\\"{hi}\\\", [x]\"}", "{\"b\":\"}\"}");
  }

  @Test
  void aChunkThatStartsInsideAnItemFindsTheItemsAfterIt() {
    // The tail of an item whose '{' was in the previous chunk, then two whole items.
    String chunk =
        "    \"phone\": \"13812345678\"\n  },\n  {\n    \"a\": 1\n  },\n  {\n    \"b\": {\"c\": 2}\n";
    assertThat(items(chunk)).containsExactly("{\n    \"a\": 1\n  }", "{\n    \"b\": {\"c\": 2}\n");
    assertThat(json.ends[1]).isEqualTo(Integer.MAX_VALUE); // still open where the chunk ends
  }

  @Test
  void gbkTrailBytesThatEqualBracesOrABackslashAreNotStructure() {
    // 乕 乗 乚 亄 亇 end in 0x5B [, 0x5C \, 0x5D ], 0x7B {, 0x7D } in GBK.
    String text = "[{\"name\":\"乕乗\",\"x\":\"乚亄亇\"},{\"name\":\"亇\"}]";
    assertThat(items(text, Charset.forName("GBK"), TextEncoding.GB18030)).hasSize(2);
  }

  @Test
  void ownersAreTheInnermostItemsHoldingEachOffset() {
    String text = "{\"p\":1,\"orders\":[{\"q\":2},{\"r\":3}],\"s\":4} \"t\"";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    json.find(b, 0, b.length, TextEncoding.UTF_8);
    int[] offsets = {
      text.indexOf("\"p\""),
      text.indexOf("\"q\""),
      text.indexOf("\"r\""),
      text.indexOf("\"s\""),
      text.indexOf("\"t\"")
    };
    int[] owners = new int[offsets.length];
    json.owners(offsets, offsets.length, owners);
    assertThat(owners).containsExactly(0, 1, 2, 0, -1);
  }

  @Test
  void aChunkOfPrettyJsonEndsAfterTheLastItemAtTheListsIndentation() {
    String text =
        "{\n  \"data\": [\n    {\n      \"a\": {\n        \"b\": 1\n      }\n    },\n    {\n      \"c\": 2\n";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int cut = JsonRecords.afterLastItem(b, b.length);
    assertThat(text.substring(0, cut)).endsWith("      }\n    },\n");
    assertThat(JsonRecords.spansLines(b, b.length, TextEncoding.UTF_8)).isTrue();
    byte[] line = "{\"a\":1}\n{\"a\":2}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(JsonRecords.spansLines(line, line.length, TextEncoding.UTF_8)).isFalse();
  }
}
