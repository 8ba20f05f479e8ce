package org.leakaid.protect.password;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a password is in a breach list: every local corpus is asked, and the range API only when
 * one is configured and the caller allows network use for this check.
 */
public final class BreachCheck {

  /**
   * The outcome.
   *
   * @param breached true when any source has it; false when the sources asked do not; null when no
   *     source could be asked
   * @param checked the sources asked ({@link BreachCorpus#description()}, and RANGE_API)
   * @param networkFailure why the range API gave no answer, or null
   */
  public record Outcome(Boolean breached, List<String> checked, String networkFailure) {}

  private final List<BreachCorpus> local;
  private final RangeApi network;

  /** {@code network}: null when no range API is configured (the default). */
  public BreachCheck(List<BreachCorpus> local, RangeApi network) {
    this.local = List.copyOf(local);
    this.network = network;
  }

  public boolean networkAvailable() {
    return network != null;
  }

  public Outcome check(String password, boolean allowNetwork) {
    String sha1 = BreachCorpus.sha1(password);
    List<String> checked = new ArrayList<>();
    for (BreachCorpus corpus : local) {
      checked.add(corpus.description());
      if (corpus.contains(sha1)) {
        return new Outcome(true, checked, null);
      }
    }
    if (allowNetwork && network != null) {
      RangeApi.Answer answer = network.check(sha1);
      if (answer.found() != null) {
        checked.add("RANGE_API");
        if (answer.found()) {
          return new Outcome(true, checked, null);
        }
      } else {
        return new Outcome(checked.isEmpty() ? null : false, checked, answer.failure());
      }
    }
    return new Outcome(checked.isEmpty() ? null : false, checked, null);
  }
}
