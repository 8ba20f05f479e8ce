package org.leakaid.documents;

import java.util.List;
import org.leakaid.knowledge.Text;

/**
 * A kind's template, read from {@code templates/<slug>.yaml}.
 *
 * @param title the document's name in lists and on the preview page
 * @param purpose one sentence: who receives it and what it achieves
 * @param fileName the base of the downloaded file's name (报案材料 gives 报案材料.pdf)
 * @param planSteps the plan steps (playbook keys) this document carries out
 * @param requires fields without which the document is not written
 * @param optional fields the document uses when given
 * @param compact whether the document is set in a smaller body size (fits one page)
 * @param body the Mustache source of the document in the line markup of {@link Markup}
 */
public record DocumentTemplate(
    DocumentKind kind,
    Text title,
    Text purpose,
    String fileName,
    List<String> planSteps,
    List<String> requires,
    List<String> optional,
    boolean compact,
    String body) {

  public DocumentTemplate {
    planSteps = List.copyOf(planSteps);
    requires = List.copyOf(requires);
    optional = List.copyOf(optional);
  }

  /** Every field the form for this kind shows: the required ones, then the optional ones. */
  public List<String> fieldNames() {
    return java.util.stream.Stream.concat(requires.stream(), optional.stream()).toList();
  }
}
