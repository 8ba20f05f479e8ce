package org.leakaid.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.knowledge.plan.Intake;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;

class IntakeRequestTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  static IntakeRequest request(BigDecimal money, String source, LocalDate noticedOn) {
    return new IntakeRequest(List.of(Leaked.PHONE), List.of(), money, source, noticedOn);
  }

  static List<String> fields(IntakeRequest request) {
    return request.validate(TODAY).stream().map(IntakeRequest.Violation::field).toList();
  }

  @Test
  void aPlainIntakeIsValidAndDefaultsAreFilledIn() {
    IntakeRequest request =
        new IntakeRequest(List.of(Leaked.PHONE, Leaked.PHONE), null, null, null, null);
    assertThat(request.validate(TODAY)).isEmpty();
    Intake intake = request.toIntake(TODAY);
    assertThat(intake.leaked()).containsExactly(Leaked.PHONE);
    assertThat(intake.symptoms()).isEmpty();
    assertThat(intake.moneyLostYuan()).isEqualByComparingTo("0");
    assertThat(intake.suspectedSource()).isEmpty();
    assertThat(intake.noticedOn()).isEqualTo(TODAY);
  }

  @Test
  void symptomsAloneAreEnough() {
    assertThat(
            new IntakeRequest(List.of(), List.of(Symptom.THREATS), null, "", TODAY).validate(TODAY))
        .isEmpty();
  }

  @Test
  void everyProblemIsReportedWithItsField() {
    assertThat(fields(new IntakeRequest(null, null, null, null, null))).containsExactly("leaked");
    assertThat(fields(request(new BigDecimal("-0.01"), "", TODAY)))
        .containsExactly("moneyLostYuan");
    assertThat(fields(request(new BigDecimal("0.005"), "", TODAY)))
        .containsExactly("moneyLostYuan");
    assertThat(fields(request(new BigDecimal("1e12"), "", TODAY))).containsExactly("moneyLostYuan");
    assertThat(fields(request(new BigDecimal("1.50"), "", TODAY))).isEmpty();
    assertThat(fields(request(null, "平".repeat(200), TODAY))).isEmpty();
    assertThat(fields(request(null, "平".repeat(201), TODAY))).containsExactly("suspectedSource");
    assertThat(fields(request(null, "a\u0000b", TODAY))).containsExactly("suspectedSource");
    assertThat(fields(request(null, "", TODAY.plusDays(1)))).containsExactly("noticedOn");
    assertThat(fields(request(null, "", LocalDate.of(1989, 12, 31)))).containsExactly("noticedOn");
    assertThat(fields(request(new BigDecimal("-1"), "x".repeat(300), TODAY.plusDays(3))))
        .containsExactly("moneyLostYuan", "suspectedSource", "noticedOn");
  }

  @Test
  void moneyIsKeptToTheFen() {
    assertThat(request(new BigDecimal("350.5"), "", TODAY).toIntake(TODAY).moneyLostYuan())
        .isEqualTo(new BigDecimal("350.50"));
  }
}
