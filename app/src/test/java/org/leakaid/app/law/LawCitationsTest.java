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

  /** The document number goes after the title marks, not inside them. */
  @Test
  void citesAJudicialInterpretationWithItsDocumentNumberAfterTheTitle() {
    assertThat(citations.cite("SPC_2017_10-5", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（法释〔2017〕10号）第五条");
    assertThat(citations.cite("SPC_2017_10-5", Locale.ENGLISH))
        .endsWith("(Fa Shi [2017] No. 10), art. 5");
    assertThat(citations.cite("CPL-63", Locale.SIMPLIFIED_CHINESE)).isEqualTo("《民事诉讼法》第六十六条");
  }

  @Test
  void unknownRefsAreShownAsTheyAre() {
    assertThat(citations.cite("NOPE-1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("NOPE-1");
  }
}
