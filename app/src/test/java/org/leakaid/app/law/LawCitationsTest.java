package org.leakaid.app.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leakaid.knowledge.law.LawLibrary;

class LawCitationsTest {

  final LawCitations citations = new LawCitations(LawLibrary.standard());

  @Test
  void citesTheWayChineseAndEnglishReadersExpect() {
    assertThat(citations.cite("PIPL-47", Locale.SIMPLIFIED_CHINESE)).isEqualTo("《个人信息保护法》第四十七条");
    assertThat(citations.cite("PIPL-47", Locale.ENGLISH))
        .isEqualTo("Personal Information Protection Law, art. 47");
    assertThat(citations.cite("CRIMINAL_LAW-253-1", Locale.ENGLISH)).endsWith("art. 253-1");
  }

  @Test
  void unknownRefsAreShownAsTheyAre() {
    assertThat(citations.cite("NOPE-1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("NOPE-1");
  }
}
