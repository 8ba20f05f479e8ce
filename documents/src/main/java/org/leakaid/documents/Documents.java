package org.leakaid.documents;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leakaid.documents.render.DocxRenderer;
import org.leakaid.documents.render.HtmlRenderer;
import org.leakaid.documents.render.PdfRenderer;
import org.leakaid.documents.render.TextRenderer;
import org.leakaid.knowledge.Text;
import org.leakaid.knowledge.law.LawLibrary;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The documents of a case: which kinds are ready, what each still needs, and the document itself as
 * text, HTML, DOCX or PDF. Templates and fields are resource files read once; instances are
 * immutable and thread-safe.
 */
public final class Documents {

  /** A typed value that fails its field's check. */
  public record FieldProblem(String field, Text message) {}

  private final Map<String, Field> fields;
  private final Map<DocumentKind, DocumentTemplate> templates;
  private final Map<DocumentKind, Template> compiled;
  private final Wording wording;
  private final Citations citations;

  private Documents(
      List<Field> fields,
      Map<DocumentKind, DocumentTemplate> templates,
      Wording wording,
      Citations citations) {
    Map<String, Field> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    this.fields = byName;
    this.templates = templates;
    this.wording = wording;
    this.citations = citations;
    Mustache.Compiler compiler =
        Mustache.compiler()
            .escapeHTML(false)
            .withEscaper(Documents::inlineValue)
            .emptyStringIsFalse(true)
            .zeroIsFalse(true);
    Map<DocumentKind, Template> out = new EnumMap<>(DocumentKind.class);
    for (DocumentTemplate t : templates.values()) {
      for (String name : t.fieldNames()) {
        if (!byName.containsKey(name)) {
          throw new IllegalStateException(t.kind().slug() + " names unknown field " + name);
        }
      }
      out.put(t.kind(), compiler.compile(t.body()));
    }
    this.compiled = out;
  }

  private static final class Standard {
    static final Documents INSTANCE = load(LawLibrary.standard());
  }

  /** The templates bundled with LeakAid, citing the bundled law library (loaded once). */
  public static Documents standard() {
    return Standard.INSTANCE;
  }

  public List<Field> fields() {
    return List.copyOf(fields.values());
  }

  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public DocumentTemplate template(DocumentKind kind) {
    return templates.get(kind);
  }

  /** The value each field has for this case: typed, else made from the case. */
  public Map<String, String> values(CaseFacts facts) {
    return FieldValues.of(facts);
  }

  /** Checks typed values; unknown names and bad values are problems, blank values are fine. */
  public List<FieldProblem> check(Map<String, String> typed, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    typed.forEach(
        (name, value) -> {
          Field field = fields.get(name);
          if (field == null) {
            problems.add(
                new FieldProblem(
                    name, new Text("没有这个字段", "unknown field; known: " + fields.keySet())));
          } else if (value != null && !value.isBlank()) {
            field
                .type()
                .check(value.strip(), today)
                .ifPresent(m -> problems.add(new FieldProblem(name, m)));
          }
        });
    return problems;
  }

  /** The stored form of a value that passed {@link #check}. */
  public String normalise(String name, String value) {
    Field field = fields.get(name);
    String stripped = value == null ? "" : value.strip();
    return field == null ? stripped : field.type().normalise(stripped);
  }

  public List<Readiness> readiness(CaseFacts facts) {
    return java.util.Arrays.stream(DocumentKind.values()).map(k -> readiness(k, facts)).toList();
  }

  public Readiness readiness(DocumentKind kind, CaseFacts facts) {
    Map<String, String> values = FieldValues.of(facts);
    List<String> missing =
        templates.get(kind).requires().stream().filter(name -> !values.containsKey(name)).toList();
    List<Text> blockers = new ArrayList<>();
    List<Text> warnings = new ArrayList<>();
    LocalDate sentOn = facts.sentOn().get(kind);
    LocalDate replyDue = null;
    switch (kind) {
      case COMPLAINT_12300 -> operatorFirst(facts, values).ifPresent(blockers::add);
      case COMPLAINT_12315, COMPLAINT_CONSUMER_ASSOCIATION ->
          threeYears(facts, citations.cite("SAMR_COMPLAINT-15(4)")).ifPresent(warnings::add);
      case PIPL_REQUEST -> {
        if (sentOn != null) {
          replyDue = addWorkingDays(sentOn, replyDays(values));
        }
      }
      default -> {}
    }
    return new Readiness(kind, missing, blockers, warnings, sentOn, replyDue);
  }

  /**
   * The document, written.
   *
   * @throws DocumentNotReadyException when a required field is missing or a prerequisite unmet
   */
  public Draft draft(DocumentKind kind, CaseFacts facts) {
    Readiness readiness = readiness(kind, facts);
    if (!readiness.ready()) {
      throw new DocumentNotReadyException(readiness);
    }
    DocumentTemplate template = templates.get(kind);
    Map<String, Object> context =
        DocumentContext.build(
            facts, FieldValues.of(facts), List.copyOf(fields.values()), wording, citations);
    List<Block> blocks = Markup.parse(compiled.get(kind).execute(context));
    String title =
        blocks.stream()
            .filter(b -> b instanceof Block.Title)
            .map(Block::text)
            .findFirst()
            .orElse(template.title().zh());
    return new Draft(kind, title, template.fileName(), blocks, template.compact());
  }

  /**
   * The cases of a group of victims of one suspected source, for its joint documents.
   *
   * @param coordinator how the coordinator is named in the small print, or null
   * @param members the cases of the members who agreed to the joint documents, and no others
   */
  public record JointCase(
      String platform, LocalDate today, String coordinator, List<CaseFacts> members) {
    public JointCase {
      members = List.copyOf(members);
    }
  }

  /** The group's joint civil complaint (a representative action; PIPL art. 70). */
  public Draft jointComplaint(JointCase group) {
    return JointDocuments.complaint(group, wording, citations);
  }

  /** The group's joint evidence list: every consenting member's items, by member. */
  public Draft jointEvidenceList(JointCase group) {
    return JointDocuments.evidenceList(group);
  }

  public String text(Draft draft) {
    return TextRenderer.render(draft);
  }

  public String html(Draft draft) {
    return HtmlRenderer.render(draft);
  }

  public byte[] docx(Draft draft) {
    return DocxRenderer.render(draft);
  }

  public byte[] pdf(Draft draft) {
    return PdfRenderer.render(draft);
  }

  /**
   * The last day of a deadline of {@code days} working days counted from the day after {@code
   * from}. Weekends are skipped; public holidays are not known here, so the real deadline may be a
   * few days later.
   */
  public static LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate day = from;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day;
  }

  private static int replyDays(Map<String, String> values) {
    try {
      return Integer.parseInt(values.getOrDefault("replyDays", FieldValues.DEFAULT_REPLY_DAYS));
    } catch (NumberFormatException e) {
      return Integer.parseInt(FieldValues.DEFAULT_REPLY_DAYS);
    }
  }

  /**
   * 12300 takes an appeal only after the operator had the complaint first and either answered in a
   * way the user is not satisfied with, or let 15 days pass without answering.
   */
  private static Optional<Text> operatorFirst(CaseFacts facts, Map<String, String> values) {
    String complained = values.get("operatorComplainedOn");
    if (complained == null || values.containsKey("operatorAnswer")) {
      return Optional.empty();
    }
    LocalDate opens;
    try {
      opens = LocalDate.parse(complained).plusDays(15);
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
    if (!facts.today().isBefore(opens)) {
      return Optional.empty();
    }
    return Optional.of(
        new Text(
            "你在"
                + DocumentContext.day(LocalDate.parse(complained))
                + "向运营商投诉，运营商还在15日的答复期内。"
                + DocumentContext.day(opens)
                + "起仍未答复，或者在此之前收到了你不满意的答复（把答复写进“运营商的答复”），才可以向12300申诉。",
            "You complained to the operator on "
                + complained
                + " and it still has until the 15th day to answer. You can appeal to 12300 from "
                + opens
                + " if it has not answered by then, or earlier once it gave an answer that does not"
                + " satisfy you (write it under the operator's answer)."));
  }

  /**
   * Market regulation does not accept a complaint made more than three years after the consumer
   * knew or should have known of the harm (SAMR complaint measures, art. 15(4)).
   */
  private static Optional<Text> threeYears(CaseFacts facts, String citation) {
    if (facts.noticedOn() == null || facts.noticedOn().plusYears(3).isAfter(facts.today())) {
      return Optional.empty();
    }
    String lastEvent =
        facts.evidence().stream()
            .map(e -> e.occurredAt().toLocalDate())
            .max(LocalDate::compareTo)
            .filter(d -> d.plusYears(3).isAfter(facts.today()))
            .map(d -> "最近一次骚扰发生在" + DocumentContext.day(d) + "，文书里已经写明。")
            .orElse("");
    return Optional.of(
        new Text(
            "你在"
                + DocumentContext.day(facts.noticedOn())
                + "知道个人信息泄露，到今天已经超过三年。投诉人知道或者应当知道权益受到侵害之日起超过三年的，市场监督管理部门不予受理（"
                + citation
                + "）。"
                + "如果侵害一直在继续，要在投诉里写清楚最近的侵害发生在什么时候。"
                + lastEvent,
            "You learned of the leak on "
                + facts.noticedOn()
                + ", more than three years ago. Market regulation does not accept complaints made"
                + " more than three years after the consumer knew or should have known of the harm"
                + " (SAMR complaint measures, art. 15(4)). If the harm goes on, say in the complaint"
                + " when it last happened."));
  }

  /**
   * A value in a template: one line (line breaks become spaces), no table bars (they become
   * full-width), no control characters. So a value never makes markup of its own.
   */
  static String inlineValue(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.replace("\r\n", " ")
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
              } else if (cp == '|') {
                out.append('｜');
              } else if (!Character.isISOControl(cp)
                  && cp != 0xFFFE
                  && cp != 0xFFFF
                  && Character.getType(cp) != Character.SURROGATE) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  // ---- loading --------------------------------------------------------------------------

  record FieldsFile(List<FieldEntry> fields) {}

  record FieldEntry(String name, FieldType type, Text label, Text hint) {}

  record TemplateFile(
      Text title,
      Text purpose,
      String fileName,
      List<String> planSteps,
      List<String> requires,
      List<String> optional,
      Boolean compact,
      String body) {}

  record WordingFile(Map<Leaked, String> leaked, Map<Symptom, String> symptoms) {}

  /** Reads the bundled resources; fails on any inconsistency, naming it. */
  public static Documents load(LawLibrary library) {
    ObjectMapper yaml =
        YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    List<Field> fields =
        read(yaml, "fields.yaml", FieldsFile.class).fields().stream()
            .map(e -> new Field(e.name(), e.type(), e.label(), e.hint()))
            .toList();
    Map<DocumentKind, DocumentTemplate> templates = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      TemplateFile t = read(yaml, "templates/" + kind.slug() + ".yaml", TemplateFile.class);
      templates.put(
          kind,
          new DocumentTemplate(
              kind,
              t.title(),
              t.purpose(),
              t.fileName(),
              t.planSteps() == null ? List.of() : t.planSteps(),
              t.requires() == null ? List.of() : t.requires(),
              t.optional() == null ? List.of() : t.optional(),
              Boolean.TRUE.equals(t.compact()),
              t.body()));
    }
    WordingFile w = read(yaml, "wording.yaml", WordingFile.class);
    return new Documents(
        fields, templates, new Wording(w.leaked(), w.symptoms()), new Citations(library));
  }

  /** The raw source of a kind's template file, for tests that read what templates cite. */
  static String templateSource(DocumentKind kind) {
    try (InputStream in =
        Documents.class.getResourceAsStream("templates/" + kind.slug() + ".yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Citations citations() {
    return citations;
  }

  private static <T> T read(ObjectMapper yaml, String resource, Class<T> type) {
    try (InputStream in = Documents.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
