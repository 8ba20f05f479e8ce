package org.leakaid.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A group's joint complaint and evidence list: every member passed in is in them, each quotation is
 * verbatim from the official texts, and every renderer takes them (they have no kind).
 */
class JointDocumentsTest {

  private static final Documents DOCUMENTS = Documents.standard();

  private static Documents.JointCase group() {
    CaseFacts first = FixtureCase.facts();
    CaseFacts second = FixtureCase.facts(Map.of("fullName", "李四"));
    return new Documents.JointCase("优品商城", FixtureCase.TODAY, "lawyer1", List.of(first, second));
  }

  @Test
  void theComplaintNamesEveryPlaintiffAndQuotesTheRepresentativeActionArticles() {
    String text = DOCUMENTS.text(DOCUMENTS.jointComplaint(group()));
    assertThat(text)
        .contains("民事起诉状（共同诉讼）", "原告共2人", "李四", "优品商城的运营者")
        .contains("《民事诉讼法》第五十六条", "《民事诉讼法》第五十七条", "《个人信息保护法》第七十条")
        .contains("协调人lawyer1");
  }

  @Test
  void theEvidenceListHasEveryItemOfEveryMemberByPlaintiff() {
    Documents.JointCase group = group();
    Draft list = DOCUMENTS.jointEvidenceList(group);
    Block.Table table =
        (Block.Table)
            list.blocks().stream().filter(b -> b instanceof Block.Table).findFirst().get();
    int items = group.members().stream().mapToInt(m -> m.evidence().size()).sum();
    assertThat(table.rows()).hasSize(items + 1);
    assertThat(table.text()).contains("原告1", "原告2（李四）");
  }

  @Test
  void quotationsAreVerbatimAndEveryFormatRenders() throws IOException {
    StringBuilder official = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("../official-law"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        official.append(Files.readString(p, StandardCharsets.UTF_8).replaceAll("\\s+", ""));
      }
    }
    Draft complaint = DOCUMENTS.jointComplaint(group());
    String body = DOCUMENTS.text(complaint).replaceAll("\\s+", "");
    java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("规定：“([^”]+)”").matcher(body);
    int quotes = 0;
    while (quoted.find()) {
      assertThat(official.toString()).as(quoted.group(1)).contains(quoted.group(1));
      quotes++;
    }
    assertThat(quotes).isEqualTo(4);
    assertThat(DOCUMENTS.pdf(complaint)).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
    assertThat(DOCUMENTS.docx(DOCUMENTS.jointEvidenceList(group())))
        .startsWith((byte) 'P', (byte) 'K');
    assertThat(DOCUMENTS.html(complaint)).contains("民事起诉状");
  }
}
