package org.leakaid.knowledge.plan;

import java.util.List;
import org.leakaid.knowledge.Text;

/**
 * A LeakAid tool that plan steps can point to, such as the evidence locker. The playbook may
 * mention LeakAid (挽回) only by one of a tool's {@code mentions}, and only in a step that lists the
 * tool, so a plan never sends anyone looking for a tool that does not exist; the app checks that
 * every tool's path is one of its pages.
 *
 * @param key stable identifier, e.g. {@code evidence-locker}
 * @param path the page, with {@code {case}} standing for the case id, e.g. {@code
 *     /cases/{case}/evidence}
 * @param label the text of the button that opens it
 * @param mentions how step texts name it, each starting with 挽回 (zh) and LeakAid (en)
 */
public record Tool(String key, String path, Text label, List<Text> mentions) {

  public Tool {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** The tool's page for one case. */
  public String pathFor(String caseId) {
    return path.replace("{case}", caseId);
  }
}
