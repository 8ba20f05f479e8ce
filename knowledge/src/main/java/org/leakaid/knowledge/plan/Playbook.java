package org.leakaid.knowledge.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.leakaid.knowledge.Text;
import org.leakaid.knowledge.law.Article;
import org.leakaid.knowledge.law.LawLibrary;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The response playbook as read from {@code playbook.yaml}: step templates with their conditions,
 * and the risk rules. Loading checks everything a plan relies on, so a mistake in the data stops
 * the build (the tests load it) rather than reaching a user.
 */
record Playbook(List<StepSpec> steps, RiskSpec risk) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  record StepSpec(
      String key,
      Condition when,
      List<UrgencyRule> urgency,
      List<String> legalBasis,
      Text title,
      Text why,
      Text how) {}

  /** The step has this urgency when {@code when} holds; the last rule has no condition. */
  record UrgencyRule(Urgency level, Condition when) {}

  record RiskSpec(Text lowReason, List<RiskRule> rules) {}

  record RiskRule(RiskLevel level, Condition when, Text reason) {}

  Playbook {
    steps = List.copyOf(steps);
  }

  static Playbook load(String resource, LawLibrary laws) {
    YAMLMapper yaml =
        YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    Playbook playbook;
    try (InputStream in = Playbook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      playbook = yaml.readValue(in, Playbook.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    playbook.check(laws);
    return playbook;
  }

  private void check(LawLibrary laws) {
    Set<String> keys = new HashSet<>();
    for (StepSpec step : steps) {
      String where = "playbook step " + step.key();
      require(step.key() != null && KEY.matcher(step.key()).matches(), where + ": bad key");
      require(keys.add(step.key()), where + ": duplicate key");
      require(step.when() != null, where + ": no `when`");
      require(step.title() != null && step.why() != null && step.how() != null, where + ": text");
      require(step.urgency() != null && !step.urgency().isEmpty(), where + ": no urgency");
      List<UrgencyRule> rules = step.urgency();
      for (int i = 0; i < rules.size(); i++) {
        boolean last = i == rules.size() - 1;
        require(rules.get(i).level() != null, where + ": urgency rule without level");
        require(
            (rules.get(i).when() == null) == last,
            where + ": only the last urgency rule, and it alone, has no `when`");
      }
      require(step.legalBasis() != null, where + ": no legalBasis (use [])");
      for (String ref : step.legalBasis()) {
        require(
            laws.article(ref).map(Article::ref).filter(ref::equals).isPresent(),
            where + ": legal basis " + ref + " is not a current article of the law library");
      }
    }
    require(risk != null && risk.lowReason() != null && risk.rules() != null, "risk section");
    for (RiskRule rule : risk.rules()) {
      require(
          rule.level() != null && rule.when() != null && rule.reason() != null,
          "risk rule needs level, when and reason: " + rule);
    }
  }

  private static void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalStateException(problem);
    }
  }
}
