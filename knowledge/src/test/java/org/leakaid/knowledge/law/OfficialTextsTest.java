package org.leakaid.knowledge.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every article the library quotes stands word for word in the official edition (official-law). */
class OfficialTextsTest {
  @Test
  void everyParagraphOfEveryArticleIsInTheOfficialText() throws IOException {
    StringBuilder official = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("../official-law"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        official.append(Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", ""));
      }
    }
    assertThat(LawLibrary.standard().articles()).isNotEmpty();
    for (Article article : LawLibrary.standard().articles()) {
      for (String paragraph : article.text().split("\n")) {
        assertThat(official.toString())
            .as("%s: %s", article.ref(), paragraph)
            .contains(paragraph.replaceAll("\\s+", ""));
      }
    }
  }
}
