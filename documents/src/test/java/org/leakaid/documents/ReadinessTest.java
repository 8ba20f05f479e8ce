package org.leakaid.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Required fields, values made from the case, typed values checked, and prerequisites. */
class ReadinessTest {
  private static final Documents DOCUMENTS = Documents.standard();

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyRequiredFieldWithoutAValueIsMissingAndStopsTheDocument(DocumentKind kind) {
    CaseFacts nothingTyped = FixtureCase.facts(Map.of());
    Map<String, String> fromTheCase = DOCUMENTS.values(nothingTyped);
    List<String> expected =
        DOCUMENTS.template(kind).requires().stream()
            .filter(name -> !fromTheCase.containsKey(name))
            .toList();
    Readiness readiness = DOCUMENTS.readiness(kind, nothingTyped);
    assertThat(readiness.missing()).containsExactlyElementsOf(expected);
    if (expected.isEmpty()) {
      assertThat(DOCUMENTS.draft(kind, nothingTyped).blocks()).isNotEmpty();
    } else {
      assertThatThrownBy(() -> DOCUMENTS.draft(kind, nothingTyped))
          .isInstanceOf(DocumentNotReadyException.class)
          .satisfies(
              e ->
                  assertThat(((DocumentNotReadyException) e).readiness().missing())
                      .isEqualTo(expected));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void eachRequiredFieldAloneMakesItMissing(DocumentKind kind) {
    for (String name : DOCUMENTS.template(kind).requires()) {
      Map<String, String> typed = new HashMap<>(FixtureCase.typed());
      typed.remove(name);
      CaseFacts facts = FixtureCase.facts(typed);
      boolean fromTheCase = DOCUMENTS.values(facts).containsKey(name);
      assertThat(DOCUMENTS.readiness(kind, facts).missing().contains(name))
          .as("%s without %s", kind.slug(), name)
          .isEqualTo(!fromTheCase);
    }
  }

  @Test
  void factsTheCaseHoldsAreNeverAskedFor() {
    Map<String, String> values = DOCUMENTS.values(FixtureCase.facts(Map.of()));
    assertThat(values)
        .containsEntry("counterpartyName", "优品商城")
        .containsEntry("economicLossYuan", "2000")
        .containsEntry("reportedNumbers", "10690012345678、17012345678")
        .containsEntry("exposedUrls", "https://bbs.example.cn/t/88231")
        .containsEntry("replyDays", "15");
    assertThat(
            DOCUMENTS
                .readiness(DocumentKind.COMPLAINT_12321, FixtureCase.facts(Map.of()))
                .missing())
        .containsExactly("fullName", "phone");
  }

  @Test
  void whatTheUserTypedWinsOverWhatTheCaseSays() {
    Map<String, String> typed = Map.of("counterpartyName", "上海优品网络科技有限公司");
    assertThat(DOCUMENTS.values(FixtureCase.facts(typed)))
        .containsEntry("counterpartyName", "上海优品网络科技有限公司");
  }

  @Test
  void typedValuesAreChecked() {
    LocalDate today = FixtureCase.TODAY;
    Map<String, String> typed = new HashMap<>();
    typed.put("idNumber", "110105194912310021");
    typed.put("operatorComplainedOn", "2026-12-01");
    typed.put("postcode", "10008");
    typed.put("emotionalDamagesYuan", "-5");
    typed.put("economicLossYuan", "12.345");
    typed.put("counterpartyCreditCode", "91350100M000100Y44");
    typed.put("replyDays", "90");
    typed.put("fullName", "李堃\n# 标题");
    typed.put("shoeSize", "42");
    typed.put("phone", "");
    assertThat(DOCUMENTS.check(typed, today))
        .extracting(Documents.FieldProblem::field)
        .containsExactlyInAnyOrder(
            "idNumber",
            "operatorComplainedOn",
            "postcode",
            "emotionalDamagesYuan",
            "economicLossYuan",
            "counterpartyCreditCode",
            "replyDays",
            "fullName",
            "shoeSize");
    assertThat(
            DOCUMENTS.check(
                Map.of(
                    "idNumber", "11010519491231002x",
                    "operatorComplainedOn", "2026-11-29",
                    "emotionalDamagesYuan", "5,000.50",
                    "phone", "+86 138-1234-5678",
                    "fullName", "买买提·艾力"),
                today))
        .isEmpty();
    assertThat(DOCUMENTS.normalise("idNumber", " 11010519491231002x "))
        .isEqualTo("11010519491231002X");
  }

  @Test
  void twelve300WaitsFifteenDaysForTheOperatorUnlessItAnswered() {
    Map<String, String> typed = new HashMap<>(FixtureCase.typed());
    typed.put("operatorComplainedOn", "2026-11-15"); // 14 days before 2026-11-29
    Readiness waiting = DOCUMENTS.readiness(DocumentKind.COMPLAINT_12300, FixtureCase.facts(typed));
    assertThat(waiting.missing()).isEmpty();
    assertThat(waiting.ready()).isFalse();
    assertThat(waiting.blockers())
        .singleElement()
        .satisfies(b -> assertThat(b.zh()).contains("2026年11月30日起"));
    assertThatThrownBy(
            () -> DOCUMENTS.draft(DocumentKind.COMPLAINT_12300, FixtureCase.facts(typed)))
        .isInstanceOf(DocumentNotReadyException.class);

    typed.put("operatorComplainedOn", "2026-11-14"); // the 15th day is today
    assertThat(DOCUMENTS.readiness(DocumentKind.COMPLAINT_12300, FixtureCase.facts(typed)).ready())
        .isTrue();

    typed.put("operatorComplainedOn", "2026-11-28");
    typed.put("operatorAnswer", "2026年11月28日客服答复称无法查明泄露原因，不予处理");
    CaseFacts answered = FixtureCase.facts(typed);
    assertThat(DOCUMENTS.readiness(DocumentKind.COMPLAINT_12300, answered).ready()).isTrue();
    assertThat(DOCUMENTS.text(DOCUMENTS.draft(DocumentKind.COMPLAINT_12300, answered)))
        .contains("被申诉人的答复是：2026年11月28日客服答复称无法查明泄露原因，不予处理。我对该答复不满意")
        .doesNotContain("15日内没有答复");
  }

  @Test
  void complaintsToMarketRegulationSayWhenTheyAreOlderThanThreeYears() {
    CaseFacts old = withNoticedOn(LocalDate.of(2023, 11, 28));
    for (DocumentKind kind :
        List.of(DocumentKind.COMPLAINT_12315, DocumentKind.COMPLAINT_CONSUMER_ASSOCIATION)) {
      Readiness readiness = DOCUMENTS.readiness(kind, old);
      assertThat(readiness.ready()).isTrue();
      assertThat(readiness.warnings())
          .singleElement()
          .satisfies(w -> assertThat(w.zh()).contains("超过三年").contains("2026年11月12日"));
      assertThat(DOCUMENTS.text(DOCUMENTS.draft(kind, old)))
          .contains("侵害行为一直在继续，最近一次发生在2026年11月12日")
          .doesNotContain("三年内提出");
    }
    CaseFacts recent = withNoticedOn(LocalDate.of(2023, 11, 30));
    assertThat(DOCUMENTS.readiness(DocumentKind.COMPLAINT_12315, recent).warnings()).isEmpty();
    assertThat(DOCUMENTS.readiness(DocumentKind.POLICE_REPORT, old).warnings()).isEmpty();
  }

  @Test
  void aSentPiplRequestHasItsReplyDeadlineInWorkingDays() {
    CaseFacts facts = FixtureCase.facts();
    CaseFacts sent =
        new CaseFacts(
            facts.caseId(),
            facts.today(),
            facts.noticedOn(),
            facts.leaked(),
            facts.symptoms(),
            facts.moneyLostYuan(),
            facts.suspectedSource(),
            facts.steps(),
            facts.evidence(),
            facts.fields(),
            Map.of(DocumentKind.PIPL_REQUEST, LocalDate.of(2026, 11, 30)));
    Readiness readiness = DOCUMENTS.readiness(DocumentKind.PIPL_REQUEST, sent);
    // Monday 30 November + 15 working days: 1-4, 7-11, 14-18, 21 December.
    assertThat(readiness.sentOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(readiness.replyDueOn()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(DOCUMENTS.text(DOCUMENTS.draft(DocumentKind.LAWYER_BRIEF, sent)))
        .contains("2026年11月30日")
        .contains("向对方发出个人信息权利请求函");
  }

  private static CaseFacts withNoticedOn(LocalDate noticedOn) {
    CaseFacts f = FixtureCase.facts();
    return new CaseFacts(
        f.caseId(),
        f.today(),
        noticedOn,
        f.leaked(),
        f.symptoms(),
        f.moneyLostYuan(),
        f.suspectedSource(),
        f.steps(),
        f.evidence(),
        f.fields(),
        f.sentOn());
  }
}
