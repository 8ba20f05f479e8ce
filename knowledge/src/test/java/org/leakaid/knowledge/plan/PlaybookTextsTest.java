package org.leakaid.knowledge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leakaid.knowledge.Text;

/**
 * What the texts of the bundled playbook promise a frightened reader: every number they name can be
 * dialled from the page, every LeakAid tool they name exists, and they speak with one voice.
 */
class PlaybookTextsTest {

  private final PlanEngine engine = PlanEngine.standard();

  /**
   * Figures in the texts that are not numbers to call: the SMS port that answers the one-ID check
   * (one cannot call it) and the criminal threshold of 5,000 items.
   */
  private static final Set<String> NOT_PHONES = Set.of("10699000", "5,000");

  private static final Pattern NUMBER = Pattern.compile("(?<![\\d,.\\-])\\d[\\d,]{2,}(?![\\d])");

  @Test
  void everyNumberInTheTextsIsAPhoneThePagesLink() {
    List<String> unlisted = new ArrayList<>();
    for (PlanStep step : allSteps()) {
      for (Text text : texts(step)) {
        for (String language : List.of(text.zh(), text.en())) {
          Matcher m = NUMBER.matcher(language);
          while (m.find()) {
            String number = m.group().replaceAll(",$", "");
            if (!engine.phones().contains(number) && !NOT_PHONES.contains(number)) {
              unlisted.add(step.key() + ": " + number);
            }
          }
        }
      }
    }
    assertThat(unlisted).as("numbers missing from `phones` in playbook.yaml").isEmpty();
    assertThat(engine.phones()).contains("110", "96110", "12321", "12377", "12315", "12348");
  }

  @Test
  void theHotlinesOfTheStepsAreTheirButtons() {
    assertThat(step("call-police-110").call()).isEqualTo("110");
    assertThat(step("consult-lawyer").call()).isEqualTo("12348");
    assertThat(step("complain-regulators").links())
        .extracting(OfficialLink::url)
        .contains("https://www.12321.cn", "https://www.12377.cn", "https://www.12315.cn");
    assertThat(step("check-credit-report").links())
        .extracting(OfficialLink::url)
        .contains("https://www.pbccrc.org.cn", "https://getsimnum.caict.ac.cn");
  }

  /** Issue 15: never give a verification code; always answer 96110, above every step. */
  @Test
  void theTwoNeverIgnoreRulesArePinned() {
    List<Text> pinned = step("ignore-noise").pinned();
    assertThat(pinned).hasSize(2);
    assertThat(pinned.get(0).zh()).contains("验证码");
    assertThat(pinned.get(1).zh()).contains("96110");
  }

  /** Tools that do not exist yet must not be mentioned (issue 15). */
  @Test
  void noStepMentionsAToolThatDoesNotExist() {
    List<String> missingTools =
        List.of("密码检查", "报案材料", "投诉材料", "请求函", "案件简报", "提醒文字", "号码查询", "水印");
    for (PlanStep step : allSteps()) {
      for (Text text : texts(step)) {
        assertThat(text.zh()).as(step.key()).doesNotContain(missingTools);
        assertThat(text.en())
            .as(step.key())
            .doesNotContain(
                "password check", "number check", "watermark tool", "can prepare", "prepares");
      }
    }
    assertThat(engine.tools()).extracting(Tool::key).contains("evidence-locker");
  }

  /** 你 never 您, full-width punctuation in Chinese, 账号 for what one logs into. */
  @Test
  void oneVoice() {
    for (PlanStep step : allSteps()) {
      for (Text text : texts(step)) {
        String zh = text.zh();
        assertThat(zh).as(step.key()).doesNotContain("您", "「", "」", "LeakAid");
        assertThat(zh)
            .as("ASCII punctuation between Chinese characters in %s", step.key())
            .doesNotContainPattern("\\p{IsHan}[,;:?!()]|[,;:?!()]\\p{IsHan}");
        assertThat(zh).as(step.key()).doesNotContain("社交账户", "重要账户", "新账户", "旧账户");
      }
      assertThat(step.summary().zh().length()).as(step.key()).isLessThanOrEqualTo(45);
    }
  }

  private PlanStep step(String key) {
    return allSteps().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }

  /** Every step, whatever the intake: with every answer given, every step applies. */
  private List<PlanStep> allSteps() {
    Intake everything =
        new Intake(
            Set.of(Leaked.values()),
            Set.of(Symptom.values()),
            new java.math.BigDecimal("100"),
            "某平台",
            java.time.LocalDate.of(2026, 11, 1));
    List<PlanStep> steps = engine.plan(everything).steps();
    assertThat(steps).hasSize(engine.stepKeys().size());
    return steps;
  }

  private static List<Text> texts(PlanStep step) {
    List<Text> texts =
        new ArrayList<>(List.of(step.title(), step.why(), step.how(), step.summary()));
    texts.addAll(step.pinned());
    step.links().forEach(link -> texts.add(link.label()));
    return texts;
  }
}
