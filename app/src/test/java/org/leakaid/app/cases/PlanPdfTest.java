package org.leakaid.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leakaid.app.web.PhoneLinks;
import org.leakaid.knowledge.plan.Intake;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.PlanEngine;
import org.leakaid.knowledge.plan.PlanStep;
import org.leakaid.knowledge.plan.Symptom;

/** The printable plan as PDF: the longest plan fits on at most two A4 pages, every glyph drawn. */
class PlanPdfTest {

  private final PlanEngine engine = PlanEngine.standard();

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theLongestPlanFitsTwoPagesAndEveryCharacterIsDrawn(String language) throws Exception {
    Locale locale = Locale.forLanguageTag(language);
    Intake everything =
        new Intake(
            EnumSet.allOf(Leaked.class),
            EnumSet.allOf(Symptom.class),
            new BigDecimal("2000"),
            "某购物平台",
            LocalDate.of(2026, 11, 20));
    List<PlanStep> steps = engine.plan(everything).steps();
    PhoneLinks phones = PhoneLinks.of(engine.phones());
    List<PlanChecklist.Item> items =
        steps.stream()
            .map(
                s ->
                    new PlanChecklist.Item(
                        false,
                        false,
                        s.title().in(locale),
                        s.urgency().name(),
                        s.summary().in(locale),
                        phones.numbersIn(s.how().in(locale)),
                        s.links().stream()
                            .map(l -> l.label().in(locale) + " " + l.url().substring(8))
                            .toList()))
            .toList();
    List<String> pinned =
        steps.stream().flatMap(s -> s.pinned().stream()).map(t -> t.in(locale)).toList();
    PlanChecklist.Sheet sheet =
        new PlanChecklist.Sheet(
            "挽回 · 我的应对计划",
            "风险：紧急",
            "已完成 0/14 步",
            "绝不能忽视",
            pinned,
            items,
            "电话：",
            "网站：",
            "已完成",
            "已跳过",
            "挽回提供一般性的信息和步骤，不是律师意见。具体案件请咨询律师或法律援助机构（12348）。");

    byte[] pdf = PlanPdf.render(sheet);
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.write(target.resolve("plan-" + language + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isBetween(1, 2);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).doesNotContain("?").contains("•", "12321", "110");
      assertThat(text.replaceAll("\\s", "")).contains(items.get(0).summary().replaceAll("\\s", ""));
      if (language.equals("zh")) {
        assertThat(text).contains("“一证通查”");
      }
    }
  }
}
