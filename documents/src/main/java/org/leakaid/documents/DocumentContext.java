package org.leakaid.documents;

import com.samskivert.mustache.Mustache;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.knowledge.plan.Leaked;
import org.leakaid.knowledge.plan.Symptom;

/**
 * What a template can read. Values are strings, booleans and lists of maps, and every name a
 * template uses is always present ("" or false when the case has nothing), so a template that names
 * a value the context lacks fails loudly instead of printing a blank.
 *
 * <ul>
 *   <li>{@code f.NAME}: every field of {@code fields.yaml}, typed or made from the case, "" if none
 *   <li>{@code today}, {@code noticedOn}: dates as 2026年11月20日
 *   <li>{@code leaked}: what leaked (手机号码、公民身份号码); {@code symptoms}: what is happening
 *   <li>{@code moneyLost}: 2000元, "" when none; {@code suspectedSource}
 *   <li>{@code evidence}: the items as numbered in 证据目录; {@code hasEvidence}; {@code evidenceCount}
 *   <li>{@code reported}: calls and SMS with a number (12321); {@code webPosts}; {@code urls}
 *   <li>{@code done}: plan steps marked done, with the user's note
 *   <li>{@code person.gender}, {@code person.birth}: from the ID number
 *   <li>{@code cite}, {@code quote}: law, see {@link Citations}
 * </ul>
 */
final class DocumentContext {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
  // The same form as the evidence package's 证据目录 uses for the time of an item.
  static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
  private static final int SHORT = 60;

  private DocumentContext() {}

  static Map<String, Object> build(
      CaseFacts facts,
      Map<String, String> values,
      List<Field> fields,
      Wording wording,
      Citations citations) {
    Map<String, Object> context = new HashMap<>();
    Map<String, Object> f = new HashMap<>();
    for (Field field : fields) {
      f.put(field.name(), values.getOrDefault(field.name(), ""));
    }
    context.put("f", f);
    context.put("today", day(facts.today()));
    context.put("noticedOn", day(facts.noticedOn()));
    context.put(
        "leaked",
        String.join(
            "、",
            Arrays.stream(Leaked.values())
                .filter(facts.leaked()::contains)
                .map(wording::leaked)
                .toList()));
    context.put("hasLeaked", !facts.leaked().isEmpty());
    List<Map<String, Object>> symptoms = new ArrayList<>();
    for (Symptom s : Symptom.values()) {
      if (facts.symptoms().contains(s)) {
        symptoms.add(Map.of("text", wording.symptom(s)));
      }
    }
    context.put("symptoms", symptoms);
    context.put(
        "symptomsText",
        String.join("，", symptoms.stream().map(m -> (String) m.get("text")).toList()));
    context.put("moneyLost", facts.moneyLostYuan().signum() > 0 ? yuan(facts.moneyLostYuan()) : "");
    context.put("suspectedSource", facts.suspectedSource());
    String fullName = values.getOrDefault("counterpartyName", "");
    context.put("counterpartyFullName", fullName.equals(facts.suspectedSource()) ? "" : fullName);

    List<Map<String, Object>> evidence =
        facts.evidence().stream().map(DocumentContext::item).toList();
    context.put("evidence", evidence);
    context.put("hasEvidence", !evidence.isEmpty());
    context.put("evidenceCount", String.valueOf(evidence.size()));
    context.put(
        "lastEventOn",
        facts.evidence().stream()
            .map(e -> e.occurredAt().toLocalDate())
            .max(LocalDate::compareTo)
            .map(DocumentContext::day)
            .orElse(""));
    context.put(
        "reported",
        facts.evidence().stream()
            .filter(
                e ->
                    (e.kind() == EvidenceKind.CALL || e.kind() == EvidenceKind.SMS)
                        && FieldValues.reportedNumbers(facts).contains(e.counterpart()))
            .map(DocumentContext::reportedItem)
            .toList());
    context.put("hasReported", !((List<?>) context.get("reported")).isEmpty());
    List<String> typedNumbers = new ArrayList<>();
    String typed = facts.fields().getOrDefault("reportedNumbers", "");
    if (!typed.isBlank()) {
      for (String n : typed.split("[、，,；;\\s]+")) {
        if (!n.isBlank() && !FieldValues.reportedNumbers(facts).contains(n.strip())) {
          typedNumbers.add(n.strip());
        }
      }
    }
    context.put("typedNumbers", typedNumbers.stream().map(n -> Map.of("number", n)).toList());
    context.put(
        "webPosts",
        facts.evidence().stream()
            .filter(e -> e.kind() == EvidenceKind.WEB_POST)
            .map(DocumentContext::item)
            .toList());
    context.put(
        "urls",
        Arrays.stream(values.getOrDefault("exposedUrls", "").split("[\\s、，,；;]+"))
            .filter(u -> !u.isBlank())
            .map(u -> Map.of("url", u))
            .toList());
    context.put(
        "done",
        facts.steps().stream()
            .map(
                s -> {
                  Map<String, Object> step = new HashMap<>();
                  step.put("title", s.title());
                  step.put("note", s.note() == null ? "" : s.note().strip());
                  return step;
                })
            .toList());
    context.put("hasDone", !facts.steps().isEmpty());
    Map<String, Object> fDay = new HashMap<>();
    for (Field field : fields) {
      if (field.type() == FieldType.DATE && values.containsKey(field.name())) {
        fDay.put(field.name(), day(parseDate(values.get(field.name()))));
      } else if (field.type() == FieldType.DATE) {
        fDay.put(field.name(), "");
      }
    }
    context.put("fDay", fDay);
    context.put(
        "counterparts",
        String.join(
            "、",
            facts.evidence().stream()
                .map(CaseFacts.EvidenceEntry::counterpart)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList()));
    context.put(
        "hasSms",
        facts.evidence().stream()
            .anyMatch(
                e ->
                    e.kind() == EvidenceKind.SMS
                        && !e.content().isEmpty()
                        && FieldValues.reportedNumbers(facts).contains(e.counterpart())));
    context.put("typedNumbersText", String.join("、", typedNumbers));
    Map<String, Object> symptom = new HashMap<>();
    for (Symptom s : Symptom.values()) {
      symptom.put(s.name(), facts.symptoms().contains(s));
    }
    context.put("symptom", symptom);
    Map<String, Object> leakedIs = new HashMap<>();
    for (Leaked l : Leaked.values()) {
      leakedIs.put(l.name(), facts.leaked().contains(l));
    }
    context.put("leakedIs", leakedIs);
    context.put(
        "withinThreeYears",
        facts.noticedOn() != null && facts.noticedOn().plusYears(3).isAfter(facts.today()));
    context.put("claimList", claimList(values, context.get("leaked").toString()));
    context.put("person", person(values.getOrDefault("idNumber", "")));
    context.put("claims", claims(values));
    context.put("sentOn", sentOn(facts));
    context.put("cite", (Mustache.Lambda) (frag, out) -> out.write(citations.cite(frag.execute())));
    context.put(
        "quote", (Mustache.Lambda) (frag, out) -> out.write(citations.quote(frag.execute())));
    context.put("sentence", (Mustache.Lambda) (frag, out) -> out.write(sentence(frag.execute())));
    context.put(
        "asPlaintiff", (Mustache.Lambda) (frag, out) -> out.write(asPlaintiff(frag.execute())));
    return context;
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** 2000元, 2000.50元. */
  static String yuan(BigDecimal amount) {
    BigDecimal fen = amount.setScale(2, java.math.RoundingMode.HALF_UP);
    return (fen.stripTrailingZeros().scale() <= 0 ? fen.setScale(0) : fen).toPlainString() + "元";
  }

  private static Map<String, Object> item(CaseFacts.EvidenceEntry e) {
    Map<String, Object> item = new HashMap<>();
    item.put("number", String.valueOf(e.number()));
    item.put("kind", e.kind().zh());
    item.put("category", e.category().zh());
    item.put("time", time(e.occurredAt()));
    item.put("date", day(e.occurredAt().toLocalDate()));
    item.put("counterpart", e.counterpart());
    item.put("content", e.content());
    item.put("contentShort", shorten(e.content()));
    item.put("notes", e.notes());
    item.put(
        "name",
        e.kind().zh() + "记录" + (e.counterpart().isEmpty() ? "" : "（对方：" + e.counterpart() + "）"));
    item.put("source", e.source());
    item.put("proves", e.proves());
    item.put("count", e.fileNames().isEmpty() ? "文字记录1份" : e.fileNames().size() + "份");
    item.put("files", String.join("、", e.fileNames()));
    item.put("hasFiles", !e.fileNames().isEmpty());
    item.put("event", event(e));
    return item;
  }

  /** What happened, in one clause: 陌生号码13912345678给我打来电话. */
  private static String event(CaseFacts.EvidenceEntry e) {
    String who = e.counterpart().isEmpty() ? "对方" : e.counterpart();
    return switch (e.kind()) {
      case CALL -> who + "给我打来电话";
      case SMS -> who + "给我发来短信";
      case EMAIL -> who + "给我发来电子邮件";
      case CHAT -> who + "通过即时通信联系我";
      case WEB_POST -> who + "在网上发布了我的个人信息";
      case LETTER -> who + "给我寄来信件";
      case IN_PERSON -> who + "当面找到我";
      case OTHER -> who + "对我进行骚扰";
    };
  }

  private static Map<String, Object> reportedItem(CaseFacts.EvidenceEntry e) {
    Map<String, Object> item = item(e);
    boolean sms = e.kind() == EvidenceKind.SMS && !e.content().isEmpty();
    item.put("sms", sms);
    item.put("smsText", sms ? e.counterpart().replaceAll("[\\s-]", "") + "*" + e.content() : "");
    return item;
  }

  static String time(OffsetDateTime t) {
    String zone =
        t.getOffset().getTotalSeconds() == 8 * 3600
            ? ""
            : t.getOffset().getTotalSeconds() == 0 ? "（UTC）" : "（UTC" + t.getOffset() + "）";
    return DAY_TIME.format(t) + zone;
  }

  /** Text the user typed, ending as a sentence does (with 。 unless it ends with punctuation). */
  static String sentence(String text) {
    String t = text.strip();
    return t.isEmpty() || "。！？；.!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + "。";
  }

  /**
   * The user's own account of the facts, written as 我, in the third person a complaint to a court
   * uses: 我 becomes 原告 (我们 stays, since it includes others).
   */
  static String asPlaintiff(String text) {
    return text.replaceAll("我(?!们)", "原告");
  }

  private static String shorten(String text) {
    String one = text.replaceAll("\\s+", " ").strip().replaceAll("[。.]$", "");
    return one.codePointCount(0, one.length()) <= SHORT
        ? one
        : one.substring(0, one.offsetByCodePoints(0, SHORT)) + "…";
  }

  /** 性别 and 出生日期 as GB 11643 encodes them: the 17th digit is odd for men. */
  static Map<String, Object> person(String id) {
    Map<String, Object> person = new HashMap<>();
    person.put("gender", "");
    person.put("birth", "");
    if (id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)) {
      person.put("gender", (id.charAt(16) - '0') % 2 == 1 ? "男" : "女");
      person.put("birth", birth(id.substring(6, 14)));
    } else if (id.length() == 15 && id.chars().allMatch(Character::isDigit)) {
      person.put("gender", (id.charAt(14) - '0') % 2 == 1 ? "男" : "女");
      person.put("birth", birth("19" + id.substring(6, 12)));
    }
    return person;
  }

  private static String birth(String yyyymmdd) {
    try {
      return day(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (java.time.format.DateTimeParseException e) {
      return "";
    }
  }

  /** The civil complaint's money claims, with their amounts as 2000元. */
  private static Map<String, Object> claims(Map<String, String> values) {
    Map<String, Object> claims = new LinkedHashMap<>();
    BigDecimal economic = money(values.get("economicLossYuan"));
    BigDecimal emotional = money(values.get("emotionalDamagesYuan"));
    claims.put("economic", economic.signum() > 0 ? yuan(economic) : "");
    claims.put("emotional", emotional.signum() > 0 ? yuan(emotional) : "");
    claims.put("total", economic.add(emotional).signum() > 0 ? yuan(economic.add(emotional)) : "");
    return claims;
  }

  private static final String NUMERALS = "一二三四五六七八九十";

  /** The civil complaint's claims, numbered 一、二、… as the model complaint lists them. */
  private static List<Map<String, Object>> claimList(Map<String, String> values, String leaked) {
    List<String> claims = new ArrayList<>();
    claims.add(
        "判令被告立即停止侵害原告个人信息权益的行为，删除其处理的原告个人信息" + (leaked.isEmpty() ? "" : "（包括" + leaked + "）"));
    claims.add("判令被告向原告书面赔礼道歉");
    BigDecimal economic = money(values.get("economicLossYuan"));
    BigDecimal emotional = money(values.get("emotionalDamagesYuan"));
    if (economic.signum() > 0) {
      claims.add("判令被告赔偿原告财产损失人民币" + yuan(economic));
    }
    if (emotional.signum() > 0) {
      claims.add("判令被告赔偿原告精神损害抚慰金人民币" + yuan(emotional));
    }
    claims.add("本案诉讼费用由被告承担");
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      out.add(
          Map.of(
              "n",
              String.valueOf(NUMERALS.charAt(i)),
              "text",
              claims.get(i) + (i == claims.size() - 1 ? "。" : "；")));
    }
    return out;
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal money(String value) {
    if (value == null || value.isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(value.replace(",", "").replace("，", "").strip());
    } catch (NumberFormatException notMoney) {
      return BigDecimal.ZERO;
    }
  }

  private static Map<String, Object> sentOn(CaseFacts facts) {
    Map<String, Object> sent = new HashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      LocalDate on = facts.sentOn().get(kind);
      sent.put(kind.name(), on == null ? "" : day(on));
    }
    return sent;
  }
}
