package org.leakaid.knowledge.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
record Playbook(List<String> phones, List<Tool> tools, List<StepSpec> steps, RiskSpec risk) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PHONE = Pattern.compile("\\d{3,8}");
  private static final Pattern URL =
      Pattern.compile("https://[a-z0-9.-]+\\.[a-z]{2,}(/[\\x21-\\x7e]*)?");
  private static final Pattern TOOL_PATH = Pattern.compile("(/[a-z0-9{}-]+)+");
  private static final String BRAND_ZH = "挽回";
  private static final String BRAND_EN = "LeakAid";

  record StepSpec(
      String key,
      Condition when,
      List<UrgencyRule> urgency,
      List<String> legalBasis,
      Text title,
      Text why,
      Text how,
      Text summary,
      String call,
      List<OfficialLink> links,
      List<String> tools,
      List<Text> pinned) {

    StepSpec {
      links = links == null ? List.of() : List.copyOf(links);
      tools = tools == null ? List.of() : List.copyOf(tools);
      pinned = pinned == null ? List.of() : List.copyOf(pinned);
    }

    /** Every text of the step a user reads. */
    List<Text> texts() {
      List<Text> texts = new ArrayList<>(List.of(title, why, how, summary));
      texts.addAll(pinned);
      links.forEach(link -> texts.add(link.label()));
      return texts;
    }
  }

  /** The step has this urgency when {@code when} holds; the last rule has no condition. */
  record UrgencyRule(Urgency level, Condition when) {}

  record RiskSpec(Text lowReason, List<RiskRule> rules) {}

  record RiskRule(RiskLevel level, Condition when, Text reason) {}

  Playbook {
    phones = phones == null ? List.of() : List.copyOf(phones);
    tools = tools == null ? List.of() : List.copyOf(tools);
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
    for (String phone : phones) {
      require(phone != null && PHONE.matcher(phone).matches(), "phones: not a number: " + phone);
    }
    Map<String, Tool> toolsByKey = new HashMap<>();
    for (Tool tool : tools) {
      String where = "tool " + tool.key();
      require(tool.key() != null && KEY.matcher(tool.key()).matches(), where + ": bad key");
      require(toolsByKey.put(tool.key(), tool) == null, where + ": duplicate key");
      require(
          tool.path() != null && TOOL_PATH.matcher(tool.path()).matches(),
          where + ": path must look like /cases/{case}/evidence");
      require(tool.label() != null, where + ": no label");
      for (Text mention : tool.mentions()) {
        require(
            mention.zh().startsWith(BRAND_ZH) && mention.en().startsWith(BRAND_EN),
            where + ": a mention starts with " + BRAND_ZH + " / " + BRAND_EN + ": " + mention);
      }
    }
    Set<String> keys = new HashSet<>();
    for (StepSpec step : steps) {
      String where = "playbook step " + step.key();
      require(step.key() != null && KEY.matcher(step.key()).matches(), where + ": bad key");
      require(keys.add(step.key()), where + ": duplicate key");
      require(step.when() != null, where + ": no `when`");
      require(step.title() != null && step.why() != null && step.how() != null, where + ": text");
      require(step.summary() != null, where + ": no summary (one line for the collapsed step)");
      require(
          !step.summary().zh().contains("\n") && !step.summary().en().contains("\n"),
          where + ": the summary is one line");
      require(
          step.call() == null || phones.contains(step.call()),
          where + ": call " + step.call() + " is not in `phones`");
      for (OfficialLink link : step.links()) {
        require(
            link.label() != null && link.url() != null && URL.matcher(link.url()).matches(),
            where + ": a link needs a label and an https:// address: " + link);
      }
      List<Tool> stepTools = new ArrayList<>();
      for (String key : step.tools()) {
        Tool tool = toolsByKey.get(key);
        require(tool != null, where + ": tool " + key + " is not in `tools`");
        stepTools.add(tool);
      }
      for (Text text : step.texts()) {
        checkMentions(
            where,
            text.zh(),
            BRAND_ZH,
            stepTools.stream().flatMap(t -> t.mentions().stream().map(Text::zh)).toList());
        checkMentions(
            where,
            text.en(),
            BRAND_EN,
            stepTools.stream().flatMap(t -> t.mentions().stream().map(Text::en)).toList());
      }
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

  /**
   * Every time a text names LeakAid it names a tool the step lists, by one of the tool's mentions:
   * "用挽回的密码检查" in a step without such a tool stops loading.
   */
  private static void checkMentions(
      String where, String text, String brand, List<String> mentions) {
    for (int at = text.indexOf(brand); at >= 0; at = text.indexOf(brand, at + 1)) {
      int from = at;
      require(
          mentions.stream().anyMatch(m -> text.startsWith(m, from)),
          where
              + ": mentions a "
              + brand
              + " tool that is not among the step's `tools`: \""
              + text.substring(at, Math.min(text.length(), at + 20))
              + "\"");
    }
  }

  private static void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalStateException(problem);
    }
  }
}
