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
    Playbook.StepSpec step = playbook.steps().get(0);
    assertThat(step.summary().zh()).isEqualTo("一句话");
    assertThat(step.call()).isEqualTo("110");
    assertThat(step.links()).extracting(OfficialLink::url).containsExactly("https://www.12321.cn");
    assertThat(step.tools()).containsExactly("a-tool");
    assertThat(step.pinned()).extracting(t -> t.en()).containsExactly("Remember this");
    assertThat(playbook.tools().get(0).pathFor("c1")).isEqualTo("/cases/c1/a-tool");
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
    // A text may name a LeakAid tool only when the step lists it: no sending people to look for
    // a tool that does not exist.
    "unlisted-tool-mention.yaml, 挽回的工具",
    "unknown-tool.yaml, password-check",
    "mention-without-brand.yaml, a mention starts with",
    "call-not-a-phone.yaml, 12345",
    "plain-http-link.yaml, https://",
    "no-summary.yaml, no summary",
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
