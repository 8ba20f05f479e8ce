package org.leakaid.app.account;

import java.util.List;
import java.util.Locale;
import org.leakaid.protect.password.BreachCheck;
import org.leakaid.protect.password.PasswordStrength;
import org.leakaid.protect.password.Weakness;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A password's strength and whether it is breached, for registration and for the protection tools'
 * password page and API. The password is used for the estimate and the breach look-up and then
 * dropped: never logged, never stored, never in an exception message.
 */
@Service
public class PasswordCheck {

  /**
   * The outcome.
   *
   * @param breached true, false, or null when no breach source could be asked
   * @param checkedAgainst the breach sources asked
   * @param networkFailure why the online check gave no answer, or null
   */
  public record Verdict(
      PasswordStrength.Estimate estimate,
      Boolean breached,
      List<String> checkedAgainst,
      String networkFailure) {

    public boolean acceptable() {
      return estimate.acceptable();
    }

    /** The weaknesses as message keys {@code protect.weakness.NAME}. */
    public List<String> reasonKeys() {
      return estimate.weaknesses().stream().map(w -> "protect.weakness." + w.name()).toList();
    }
  }

  private final PasswordStrength strength;
  private final BreachCheck breaches;
  private final MessageSource messages;

  PasswordCheck(PasswordStrength strength, BreachCheck breaches, MessageSource messages) {
    this.strength = strength;
    this.breaches = breaches;
    this.messages = messages;
  }

  /**
   * Checks {@code password}. {@code personal}: what an attacker could know (the user name). {@code
   * allowNetwork}: the user allowed the online range check for this one check.
   */
  public Verdict check(String password, List<String> personal, boolean allowNetwork) {
    PasswordStrength.Estimate estimate = strength.estimate(password, personal);
    BreachCheck.Outcome outcome = breaches.check(password, allowNetwork);
    if (Boolean.TRUE.equals(outcome.breached())) {
      estimate = estimate.breached();
    }
    return new Verdict(estimate, outcome.breached(), outcome.checked(), outcome.networkFailure());
  }

  public boolean networkAvailable() {
    return breaches.networkAvailable();
  }

  /** The reasons in {@code locale}'s words. */
  public List<String> reasons(Verdict verdict, Locale locale) {
    return verdict.estimate().weaknesses().stream().map(w -> words(w, locale)).toList();
  }

  String words(Weakness weakness, Locale locale) {
    return messages.getMessage("protect.weakness." + weakness.name(), null, locale);
  }
}
