package org.leakaid.documents;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakaid.evidence.EvidenceKind;

/**
 * The value of every field for a case: what the user typed, else what the case says. A value made
 * from the case counts as given, so nobody types a fact LeakAid already has; typing over it wins.
 */
final class FieldValues {

  static final String DEFAULT_COMPLAINT_REQUEST =
      "要求被投诉人：一、书面说明我的个人信息泄露的原因、范围和去向；二、停止泄露行为，删除非法提供或者超出必要范围保存的我的个人信息；" + "三、向我赔礼道歉，赔偿我因此受到的损失。";
  static final String DEFAULT_REPLY_DAYS = "15";

  private static final Pattern URL = Pattern.compile("https?://[^\\s，。；、“”\"'<>）)]+");

  private FieldValues() {}

  /** Values by field name; a field with neither a typed value nor a default is absent. */
  static Map<String, String> of(CaseFacts facts) {
    Map<String, String> values = new LinkedHashMap<>(defaults(facts));
    facts
        .fields()
        .forEach(
            (name, value) -> {
              if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
              }
            });
    return values;
  }

  /** What the case itself says for some fields. */
  static Map<String, String> defaults(CaseFacts facts) {
    Map<String, String> defaults = new LinkedHashMap<>();
    if (!facts.suspectedSource().isBlank()) {
      defaults.put("counterpartyName", facts.suspectedSource());
    }
    if (facts.moneyLostYuan().signum() > 0) {
      defaults.put("economicLossYuan", plain(facts.moneyLostYuan()));
    }
    String numbers = String.join("、", reportedNumbers(facts));
    if (!numbers.isEmpty()) {
      defaults.put("reportedNumbers", numbers);
    }
    String urls = String.join("\n", urls(facts));
    if (!urls.isEmpty()) {
      defaults.put("exposedUrls", urls);
    }
    defaults.put("complaintRequest", DEFAULT_COMPLAINT_REQUEST);
    defaults.put("replyDays", DEFAULT_REPLY_DAYS);
    return defaults;
  }

  /** The counterparts of recorded calls and SMS that hold a number, in the order recorded. */
  static Set<String> reportedNumbers(CaseFacts facts) {
    Set<String> numbers = new LinkedHashSet<>();
    for (CaseFacts.EvidenceEntry e : facts.evidence()) {
      if ((e.kind() == EvidenceKind.CALL || e.kind() == EvidenceKind.SMS)
          && e.counterpart().replaceAll("\\D", "").length() >= 5) {
        numbers.add(e.counterpart());
      }
    }
    return numbers;
  }

  /** Web addresses in the recorded web posts. */
  static Set<String> urls(CaseFacts facts) {
    Set<String> urls = new LinkedHashSet<>();
    for (CaseFacts.EvidenceEntry e : facts.evidence()) {
      if (e.kind() == EvidenceKind.WEB_POST) {
        Matcher m = URL.matcher(e.counterpart() + " " + e.content() + " " + e.notes());
        while (m.find()) {
          urls.add(m.group());
        }
      }
    }
    return urls;
  }

  /** 2000 for 2000.00, 2000.5 for 2000.50. */
  static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
