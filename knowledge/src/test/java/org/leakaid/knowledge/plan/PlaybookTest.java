package org.leakaid.knowledge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakaid.knowledge.law.LawLibrary;

/** A mistake in the playbook data must stop loading with a message that names it. */
class PlaybookTest {

  private final LawLibrary laws = LawLibrary.standard();

  @Test
  void loadsAValidPlaybook() {
    Playbook playbook = Playbook.load("/playbooks/valid.yaml", laws);
    assertThat(playbook.steps()).extracting(Playbook.StepSpec::key).containsExactly("only-step");
  }

  @ParameterizedTest
  @CsvSource({
    "unknown-ref.yaml, PIPL-999",
    // Old numbers resolve for readers, but the playbook must cite current numbering.
    "old-ref.yaml, CPL-63",
    "empty-when.yaml, empty condition",
    "no-default-urgency.yaml, last urgency rule",
    "unknown-enum.yaml, PASSPORT",
    "misspelt-criterion.yaml, anyLeakd",
    "false-flag.yaml, only be true",
  })
  void rejectsBrokenPlaybooks(String file, String problem) {
    assertThatThrownBy(() -> Playbook.load("/playbooks/" + file, laws))
        .hasStackTraceContaining(problem);
  }

  @Test
  void missingPlaybookIsAnError() {
    assertThatThrownBy(() -> Playbook.load("/playbooks/none.yaml", laws))
        .hasMessageContaining("missing resource");
  }
}
