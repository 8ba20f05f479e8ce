package org.leakaid.knowledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leakaid.knowledge.plan.Leaked.*;
import static org.leakaid.knowledge.plan.Symptom.*;
import static org.leakaid.knowledge.plan.Urgency.*;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leakaid.knowledge.Text;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.LawLibrary;

class PlanEngineTest {

  private static final Charset GB2312 = Charset.forName("GB2312");

  private final PlanEngine engine = PlanEngine.standard();

  /**
   * When each step applies, as issue 2 specifies it, written out independently of the playbook: a
   * step applies when the intake has ANY of its triggers. "SOURCE" stands for a suspected source,
   * "AMOUNT" for a positive amount of money lost, "ALWAYS" for every intake.
   */
  static final Map<String, Set<Object>> TRIGGERS =
      Map.ofEntries(
          Map.entry("call-police-110", Set.of(MONEY_LOST, THREATS, "AMOUNT")),
          Map.entry(
              "freeze-payment-accounts",
              Set.of(BANK_CARD, PROPERTY, MONEY_LOST, ACCOUNT_TAKEOVER, "AMOUNT")),
          Map.entry(
              "change-passwords", Set.of(ACCOUNT_CREDENTIALS, ACCOUNT_TAKEOVER, PHONE, EMAIL)),
          Map.entry("replace-account", Set.of(ACCOUNT_CREDENTIALS, ACCOUNT_TAKEOVER)),
          Map.entry("collect-evidence", Set.of("ALWAYS")),
          Map.entry("report-police", Set.of("ALWAYS")),
          Map.entry(
              "complain-regulators",
              Set.of(HARASSING_CALLS, SPAM_SMS, SPAM_EMAIL, DOXXED_ONLINE, "SOURCE")),
          Map.entry("request-deletion", Set.of(DOXXED_ONLINE, "SOURCE")),
          Map.entry("consult-lawyer", Set.of(MONEY_LOST, DOXXED_ONLINE, "SOURCE", "AMOUNT")),
          Map.entry(
              "warn-contacts",
              Set.of(PHONE, SOCIAL_ACCOUNT, FAMILY, ACCOUNT_TAKEOVER, CONTACTS_TARGETED)),
          Map.entry("enable-call-filter", Set.of(PHONE, HARASSING_CALLS, SPAM_SMS)),
          Map.entry("check-credit-report", Set.of(ID_NUMBER, ID_DOCUMENT_IMAGE, UNKNOWN_LOANS)),
          Map.entry("protect-id-copies", Set.of(ID_NUMBER, ID_DOCUMENT_IMAGE)),
          Map.entry("ignore-noise", Set.of("ALWAYS")));

  @Test
  void playbookHasExactlyTheStepsOfIssue2InOrder() {
    assertThat(engine.stepKeys())
        .containsExactly(
            "call-police-110",
            "freeze-payment-accounts",
            "change-passwords",
            "replace-account",
            "collect-evidence",
            "report-police",
            "complain-regulators",
            "request-deletion",
            "consult-lawyer",
            "warn-contacts",
            "enable-call-filter",
            "check-credit-report",
            "protect-id-copies",
            "ignore-noise");
    assertThat(TRIGGERS.keySet()).containsExactlyInAnyOrderElementsOf(engine.stepKeys());
  }

  /** Every intake with exactly one answer, plus the empty one: both sides of every condition. */
  static List<Object> singleAnswers() {
    List<Object> answers = new ArrayList<>();
    answers.addAll(List.of(Leaked.values()));
    answers.addAll(List.of(Symptom.values()));
    answers.add("SOURCE");
    answers.add("AMOUNT");
    answers.add("NOTHING");
    return answers;
  }

  @ParameterizedTest
  @MethodSource("singleAnswers")
  void eachStepIsPresentExactlyWhenOneOfItsTriggersIs(Object answer) {
    Intake intake = intakeOf(Set.of(answer));
    List<String> keys = keys(engine.plan(intake));
    for (String key : engine.stepKeys()) {
      boolean expected = TRIGGERS.get(key).contains("ALWAYS") || TRIGGERS.get(key).contains(answer);
      assertThat(keys.contains(key))
          .as("%s for an intake with only %s", key, answer)
          .isEqualTo(expected);
      assertThat(engine.step(key, intake).isPresent())
          .as("step(%s) for %s", key, answer)
          .isEqualTo(expected);
    }
  }

  /** Many mixed intakes (seeded, so reproducible): presence is "any trigger", order holds. */
  @Test
  void mixedIntakesFollowTheSameRulesAndOrder() {
    Random random = new Random(20261129);
    List<Object> answers = singleAnswers();
    for (int i = 0; i < 2000; i++) {
      Set<Object> chosen = new java.util.HashSet<>();
      for (Object answer : answers) {
        if (random.nextInt(6) == 0) {
          chosen.add(answer);
        }
      }
      Intake intake = intakeOf(chosen);
      Plan plan = engine.plan(intake);
      List<String> keys = keys(plan);
      for (String key : engine.stepKeys()) {
        Set<Object> triggers = TRIGGERS.get(key);
        boolean expected =
            triggers.contains("ALWAYS") || chosen.stream().anyMatch(triggers::contains);
        assertThat(keys.contains(key)).as("%s for %s", key, chosen).isEqualTo(expected);
      }
      assertOrdered(plan);
    }
  }

  private void assertOrdered(Plan plan) {
    List<PlanStep> steps = plan.steps();
    for (int i = 1; i < steps.size(); i++) {
      PlanStep before = steps.get(i - 1);
      PlanStep after = steps.get(i);
      assertThat(before.urgency()).isLessThanOrEqualTo(after.urgency());
      if (before.urgency() == after.urgency()) {
        assertThat(engine.stepKeys().indexOf(before.key()))
            .as("playbook order within %s", before.urgency())
            .isLessThan(engine.stepKeys().indexOf(after.key()));
      }
    }
  }

  @Test
  void bankCardAndMoneyLostPutsPoliceAndBankFirst() {
    Plan plan =
        engine.plan(
            new Intake(
                Set.of(BANK_CARD, PHONE, NAME),
                Set.of(MONEY_LOST, FRAUD_ATTEMPT),
                new BigDecimal("5000"),
                "",
                LocalDate.of(2026, 11, 28)));
    assertThat(plan.steps())
        .extracting(PlanStep::key, PlanStep::urgency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("call-police-110", IMMEDIATE),
            org.assertj.core.groups.Tuple.tuple("freeze-payment-accounts", IMMEDIATE),
            org.assertj.core.groups.Tuple.tuple("report-police", IMMEDIATE),
            org.assertj.core.groups.Tuple.tuple("change-passwords", WITHIN_24H),
            org.assertj.core.groups.Tuple.tuple("collect-evidence", WITHIN_24H),
            org.assertj.core.groups.Tuple.tuple("warn-contacts", WITHIN_24H),
            org.assertj.core.groups.Tuple.tuple("enable-call-filter", WITHIN_24H),
            org.assertj.core.groups.Tuple.tuple("consult-lawyer", WITHIN_7D),
            org.assertj.core.groups.Tuple.tuple("ignore-noise", ONGOING));
    assertThat(plan.risk().level()).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void harassedPhoneGetsFilteringEvidenceAndA12321Complaint() {
    Plan plan = engine.plan(intakeOf(Set.of(PHONE, HARASSING_CALLS, SPAM_SMS)));
    assertThat(keys(plan))
        .containsExactly(
            "change-passwords",
            "warn-contacts",
            "enable-call-filter",
            "report-police",
            "complain-regulators",
            "collect-evidence",
            "ignore-noise");
    assertThat(urgencyOf("collect-evidence", plan)).isEqualTo(ONGOING);
    assertThat(plan.risk().level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void changePasswordsIsImmediateOnlyForCredentialsOrTakeover() {
    assertThat(urgency("change-passwords", ACCOUNT_CREDENTIALS)).isEqualTo(IMMEDIATE);
    assertThat(urgency("change-passwords", ACCOUNT_TAKEOVER)).isEqualTo(IMMEDIATE);
    assertThat(urgency("change-passwords", PHONE, ACCOUNT_CREDENTIALS)).isEqualTo(IMMEDIATE);
    assertThat(urgency("change-passwords", PHONE)).isEqualTo(WITHIN_24H);
    assertThat(urgency("change-passwords", EMAIL)).isEqualTo(WITHIN_24H);
  }

  @Test
  void collectEvidenceIsOngoingWhileHarassmentGoesOn() {
    for (Symptom harassment :
        List.of(HARASSING_CALLS, SPAM_SMS, SPAM_EMAIL, THREATS, DOXXED_ONLINE, CONTACTS_TARGETED)) {
      assertThat(urgency("collect-evidence", harassment)).as("%s", harassment).isEqualTo(ONGOING);
    }
    assertThat(urgency("collect-evidence")).isEqualTo(WITHIN_24H);
    assertThat(urgency("collect-evidence", MONEY_LOST)).isEqualTo(WITHIN_24H);
    assertThat(urgency("collect-evidence", FRAUD_ATTEMPT, BANK_CARD)).isEqualTo(WITHIN_24H);
  }

  @Test
  void reportPoliceIsImmediateOnlyWhenMoneyWasLost() {
    assertThat(urgency("report-police", MONEY_LOST)).isEqualTo(IMMEDIATE);
    assertThat(urgency("report-police", "AMOUNT")).isEqualTo(IMMEDIATE);
    assertThat(urgency("report-police")).isEqualTo(WITHIN_7D);
    assertThat(urgency("report-police", THREATS, FRAUD_ATTEMPT, BANK_CARD)).isEqualTo(WITHIN_7D);
    Intake zeroAmount = new Intake(Set.of(), Set.of(), BigDecimal.ZERO, null, null);
    assertThat(engine.step("report-police", zeroAmount).orElseThrow().urgency())
        .isEqualTo(WITHIN_7D);
  }

  @Test
  void otherUrgencyRules() {
    assertThat(urgency("call-police-110", THREATS)).isEqualTo(IMMEDIATE);
    assertThat(urgency("freeze-payment-accounts", PROPERTY)).isEqualTo(IMMEDIATE);
    assertThat(urgency("replace-account", ACCOUNT_TAKEOVER)).isEqualTo(WITHIN_24H);
    assertThat(urgency("request-deletion", DOXXED_ONLINE)).isEqualTo(WITHIN_24H);
    assertThat(urgency("request-deletion", "SOURCE")).isEqualTo(WITHIN_7D);
    assertThat(urgency("warn-contacts", ACCOUNT_TAKEOVER)).isEqualTo(IMMEDIATE);
    assertThat(urgency("warn-contacts", CONTACTS_TARGETED)).isEqualTo(IMMEDIATE);
    assertThat(urgency("warn-contacts", FAMILY)).isEqualTo(WITHIN_24H);
    assertThat(urgency("check-credit-report", UNKNOWN_LOANS)).isEqualTo(WITHIN_24H);
    assertThat(urgency("check-credit-report", ID_NUMBER)).isEqualTo(WITHIN_7D);
    assertThat(urgency("complain-regulators", SPAM_EMAIL)).isEqualTo(WITHIN_7D);
    assertThat(urgency("consult-lawyer", "SOURCE")).isEqualTo(WITHIN_7D);
    assertThat(urgency("enable-call-filter", PHONE)).isEqualTo(WITHIN_24H);
    assertThat(urgency("protect-id-copies", ID_DOCUMENT_IMAGE)).isEqualTo(ONGOING);
    assertThat(urgency("ignore-noise")).isEqualTo(ONGOING);
  }

  @Test
  void riskLevels() {
    assertThat(level()).isEqualTo(RiskLevel.LOW);
    assertThat(level(NAME, EMAIL, WORKPLACE)).isEqualTo(RiskLevel.LOW);
    assertThat(level("SOURCE")).isEqualTo(RiskLevel.LOW);
    assertThat(level(PHONE)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(level(ID_NUMBER)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(level(SPAM_EMAIL)).isEqualTo(RiskLevel.MEDIUM);
    for (Leaked kind :
        List.of(
            ADDRESS,
            WHEREABOUTS,
            HEALTH,
            COMMUNICATION_CONTENT,
            PROPERTY,
            FAMILY,
            SOCIAL_ACCOUNT)) {
      assertThat(level(kind)).as("%s", kind).isEqualTo(RiskLevel.MEDIUM);
    }
    assertThat(level(BANK_CARD)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(ID_DOCUMENT_IMAGE)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(ACCOUNT_CREDENTIALS)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(BIOMETRIC)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(ID_NUMBER, PHONE)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(UNKNOWN_LOANS)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(FRAUD_ATTEMPT)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(ACCOUNT_TAKEOVER)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(DOXXED_ONLINE)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(CONTACTS_TARGETED)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(MONEY_LOST)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level("AMOUNT")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level(THREATS)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level(ACCOUNT_TAKEOVER, BANK_CARD)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level(ACCOUNT_TAKEOVER, PROPERTY)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level(DOXXED_ONLINE, ADDRESS)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level(DOXXED_ONLINE, WHEREABOUTS)).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void riskReasonsExplainTheLevelMostSeriousFirst() {
    Risk low = engine.plan(intakeOf(Set.of())).risk();
    assertThat(low.reasons()).hasSize(1);
    assertThat(low.reasons().get(0).zh()).contains("敏感程度较低");

    Risk risk = engine.plan(intakeOf(Set.of(PHONE, BANK_CARD, MONEY_LOST))).risk();
    assertThat(risk.level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(risk.reasons()).hasSize(3);
    assertThat(risk.reasons().get(0).zh()).contains("资金损失");
    assertThat(risk.reasons().get(1).zh()).contains("银行卡");
    assertThat(risk.reasons().get(2).zh()).contains("手机号码");
  }

  @Test
  void everyLegalBasisIsACurrentArticleOfTheLawLibrary() {
    LawLibrary laws = LawLibrary.standard();
    for (PlanStep step : engine.plan(everything()).steps()) {
      for (String ref : step.legalBasis()) {
        assertThat(laws.article(ref).map(Article::ref))
            .as("%s cites %s", step.key(), ref)
            .hasValue(ref);
      }
    }
    assertThat(engine.step("request-deletion", everything()).orElseThrow().legalBasis())
        .contains("PIPL-47", "PIPL-50");
    assertThat(engine.step("collect-evidence", everything()).orElseThrow().legalBasis())
        .contains("CPL-66", "SPC_EVIDENCE_2019-94");
  }

  @Test
  void everyTextIsInBothLanguagesAndSimplifiedChinese() {
    List<PlanStep> steps = engine.plan(everything()).steps();
    assertThat(steps)
        .extracting(PlanStep::key)
        .containsExactlyInAnyOrderElementsOf(engine.stepKeys());
    List<Text> texts = new ArrayList<>();
    for (PlanStep step : steps) {
      texts.addAll(List.of(step.title(), step.why(), step.how()));
    }
    texts.addAll(engine.plan(everything()).risk().reasons());
    texts.addAll(engine.plan(intakeOf(Set.of())).risk().reasons());
    for (Text text : texts) {
      assertThat(text.zh()).containsPattern("\\p{IsHan}");
      assertThat(GB2312.newEncoder().canEncode(text.zh()))
          .as("outside GB2312 (traditional or rare characters?): %s", text.zh())
          .isTrue();
      // English may quote the Chinese a user must write or search for, but is mostly English.
      long latin =
          text.en().chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
      long han =
          text.en()
              .codePoints()
              .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
              .count();
      assertThat(latin).as(text.en()).isGreaterThan(5 * han);
    }
  }

  /** The concrete contacts issue 2 asks for are in the steps, in Chinese and English. */
  @Test
  void howNamesTheRightNumbersAndServices() {
    assertHowContains("call-police-110", "110", "96110");
    assertHowContains("freeze-payment-accounts", "95188", "95017", "24");
    assertHowContains(
        "complain-regulators", "12321", "12377", "12300", "12315", "10086", "10010", "10000");
    assertThat(how("complain-regulators").zh()).contains("消费者协会");
    assertThat(how("request-deletion").zh()).contains("删除", "起诉");
    assertHowContains("consult-lawyer", "12348");
    assertThat(how("check-credit-report").zh()).contains("征信中心", "一证通查", "云闪付", "一键查卡");
    assertThat(how("protect-id-copies").zh()).contains("仅供", "他用无效");
    assertThat(how("protect-id-copies").en()).contains("仅供", "他用无效");
    assertThat(how("ignore-noise").zh()).contains("验证码", "安全账户", "屏幕共享", "贷款");
    assertThat(how("report-police").zh()).contains("身份证", "证据清单", "银行流水", "回执");
  }

  @Test
  void intakeValidation() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Intake(Set.of(), Set.of(), new BigDecimal("-1"), "", null))
        .isInstanceOf(IllegalArgumentException.class);
    Set<Leaked> withNull = new java.util.HashSet<>();
    withNull.add(null);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Intake(withNull, Set.of(), null, "", null))
        .isInstanceOf(IllegalArgumentException.class);
    Intake empty = new Intake(null, null, null, "   ", null);
    assertThat(empty.hasSuspectedSource()).isFalse();
    assertThat(empty.moneyLost()).isFalse();
    assertThat(keys(engine.plan(empty)))
        .containsExactly("collect-evidence", "report-police", "ignore-noise");
  }

  @Test
  void stepForUnknownKeyIsEmpty() {
    assertThat(engine.step("no-such-step", everything())).isEmpty();
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Intake intakeOf(Set<?> answers) {
    EnumSet<Leaked> leaked = EnumSet.noneOf(Leaked.class);
    EnumSet<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    for (Object answer : answers) {
      if (answer instanceof Leaked l) {
        leaked.add(l);
      } else if (answer instanceof Symptom s) {
        symptoms.add(s);
      }
    }
    BigDecimal amount = answers.contains("AMOUNT") ? new BigDecimal("1200.50") : null;
    String source = answers.contains("SOURCE") ? "某快递平台" : "";
    return new Intake(leaked, symptoms, amount, source, LocalDate.of(2026, 11, 1));
  }

  private static Intake everything() {
    Set<Object> all = new java.util.HashSet<>(singleAnswers());
    return intakeOf(all);
  }

  private static List<String> keys(Plan plan) {
    return plan.steps().stream().map(PlanStep::key).toList();
  }

  private Urgency urgency(String key, Object... answers) {
    return engine.step(key, intakeOf(Set.of(answers))).orElseThrow().urgency();
  }

  private static Urgency urgencyOf(String key, Plan plan) {
    return plan.steps().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow()
        .urgency();
  }

  private RiskLevel level(Object... answers) {
    return engine.plan(intakeOf(Set.of(answers))).risk().level();
  }

  private Text how(String key) {
    return engine.step(key, everything()).orElseThrow().how();
  }

  private void assertHowContains(String key, String... values) {
    assertThat(how(key).zh()).contains(values);
    assertThat(how(key).en()).contains(values);
  }
}
