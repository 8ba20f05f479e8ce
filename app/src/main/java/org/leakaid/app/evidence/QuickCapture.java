package org.leakaid.app.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leakaid.app.evidence.OwnIdentifiers.OwnMatch;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.scanner.Finding;
import org.leakaid.scanner.Masker;
import org.leakaid.scanner.PiiType;
import org.leakaid.scanner.ScanOptions;
import org.leakaid.scanner.Scanner;
import org.springframework.stereotype.Service;

/**
 * Quick capture: the user pastes a message as received and gets back what to record and whether to.
 *
 * <p>Whether a message is worth keeping turns on two things. First, does it contain the user's OWN
 * data (their name, phone, ID number...)? Then the sender holds leaked personal information, and
 * the message is the proof of it. Second, does it ask for what only a fraud asks for: a
 * verification code, a transfer, a "safe account", screen sharing, a loan? Either makes it
 * evidence. A message with neither is marketing: safe to ignore, worth keeping only if it recurs.
 *
 * <p>The counterpart, the time and the kind are guessed from the text's usual shapes (an e-mail's
 * {@code From:}/{@code 发件人:} line, a number at the start, a link) and only pre-fill a form the user
 * checks. The counterpart is a number or an address: an SMS's 【signature】 names who the sender
 * claims to be, which anyone can write, so it is answered apart as {@code signature}. The analysis
 * is shown beside the form and never pre-filled into the user's notes, which go into the evidence
 * list handed to the police. Nothing is stored here, and identifiers found in the text are answered
 * masked.
 */
@Service
class QuickCapture {
  static final int MAX_TEXT_CHARS = 20_000;

  record Identifier(PiiType type, String masked) {}

  record Signal(String key, String zh, String en) {}

  record Reason(String zh, String en) {}

  /** The evidence item the user may save as it is (the form is pre-filled with it). */
  record SuggestedItem(
      String kind, String occurredAt, String counterpart, String content, String notes) {}

  record Suggestion(
      String kind,
      String counterpart,
      String signature,
      String occurredAt,
      List<Identifier> identifiers,
      boolean containsOwnData,
      List<OwnMatch> ownData,
      List<Signal> signals,
      String recommendation,
      Reason reason,
      SuggestedItem item) {}

  private static final List<Signal> RISK_SIGNALS =
      List.of(
          new Signal("VERIFICATION_CODE", "索要验证码", "asks for a verification code"),
          new Signal("TRANSFER", "要求转账或汇款", "asks for a transfer or payment"),
          new Signal("SAFE_ACCOUNT", "提到“安全账户”", "mentions a \"safe account\""),
          new Signal("SCREEN_SHARING", "要求屏幕共享或下载会议软件", "asks for screen sharing"),
          new Signal("LOAN", "推销贷款或提到借款、逾期、征信", "offers a loan or mentions debt or credit records"),
          new Signal(
              "AUTHORITY", "冒充公检法或提到涉案、洗钱", "claims to be police or mentions a criminal case"),
          new Signal("REFUND", "以退款、理赔、注销为由联系", "offers a refund or compensation"),
          new Signal(
              "ACCOUNT_THREAT", "称账户异常、冻结或即将停用", "says an account is frozen or will be closed"));

  private static final Map<String, Pattern> SIGNAL_PATTERNS =
      Map.of(
          "VERIFICATION_CODE", Pattern.compile("验证码|校验码|动态码|(?i)verification code|\\bOTP\\b"),
          "TRANSFER", Pattern.compile("转账|汇款|打款|转入|(?i)\\btransfer\\b|wire money"),
          "SAFE_ACCOUNT", Pattern.compile("安全账户|安全帐户|(?i)safe account"),
          "SCREEN_SHARING", Pattern.compile("屏幕共享|共享屏幕|腾讯会议|会议号|(?i)screen shar|zoom meeting"),
          "LOAN", Pattern.compile("贷款|借款|额度|逾期|征信|网贷|(?i)\\bloan\\b|\\bcredit limit\\b"),
          "AUTHORITY",
              Pattern.compile("公安局|检察院|法院|通缉|涉嫌|洗钱|涉案|(?i)money laundering|arrest warrant"),
          "REFUND", Pattern.compile("退款|理赔|赔付|注销.{0,6}账户|(?i)\\brefund\\b|compensation"),
          "ACCOUNT_THREAT",
              Pattern.compile(
                  "冻结|账户异常|账号异常|停用|封号|(?i)account (?:is |has been )?(?:frozen|suspended)"));

  private static final Pattern EMAIL_HEADER =
      Pattern.compile("(?im)^\\s*(?:发件人|from)\\s*[:：]\\s*(.+)$");
  private static final Pattern EMAIL_LIKE_HEADER =
      Pattern.compile("(?im)^\\s*(?:发件人|收件人|主题|from|to|subject)\\s*[:：]");
  private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");
  private static final Pattern ADDRESS = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
  private static final Pattern SENDER_LINE =
      Pattern.compile("(?im)^\\s*(?:发信人|来自|发送人|号码|sender)\\s*[:：]\\s*(\\+?[\\d\\s\\-]{5,20})");
  private static final Pattern LEADING_NUMBER =
      Pattern.compile(
          "^\\s*(\\+?86[\\s\\-]?)?((?:1\\d{2}[\\s\\-]?\\d{4}[\\s\\-]?\\d{4})|(?:106\\d{5,17})|(?:95\\d{3,6})|(?:0\\d{2,3}-?\\d{7,8}))(?!\\d)");
  private static final Pattern SENDER_TAG = Pattern.compile("【([^【】]{1,30})】");
  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'，。；、）)】]+");
  private static final Pattern CHAT_HINT =
      Pattern.compile(
          "微信|QQ|钉钉|(?i)wechat|whatsapp|telegram|^\\s*\\S{1,20}\\s*[:：].+\\n\\s*\\S{1,20}\\s*[:：]");
  private static final Pattern SMS_HINT = Pattern.compile("退订|回T|回TD|拒收请回复|【[^【】]{1,30}】");

  private static final Pattern FULL_DATE_TIME =
      Pattern.compile(
          "(20\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2}))?");
  private static final Pattern MONTH_DAY_TIME =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*(?:上午|下午|晚上)?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2}))?");
  private static final Pattern DATE_HEADER = Pattern.compile("(?im)^\\s*date\\s*:\\s*(.+)$");

  private final Scanner scanner = Scanner.create(ScanOptions.defaults());
  private final OwnIdentifiers ownIdentifiers;
  private final Clock clock;

  QuickCapture(OwnIdentifiers ownIdentifiers, Clock clock) {
    this.ownIdentifiers = ownIdentifiers;
    this.clock = clock;
  }

  Suggestion analyse(UUID accountId, String text, String kindHint) {
    if (text == null || text.isBlank()) {
      throw HttpProblem.badRequest("INVALID_INPUT", "text: required, the message as received");
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "text: at most " + MAX_TEXT_CHARS + " characters");
    }
    EvidenceKind kind =
        kindHint == null || kindHint.isBlank() ? guessKind(text) : ItemRequest.parseKind(kindHint);
    String body = text.strip();
    List<Finding> findings = scanner.scan(body);
    List<Identifier> identifiers =
        new ArrayList<>(
            findings.stream()
                .map(f -> new Identifier(f.type(), Masker.mask(f.type(), f.text())))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    List<OwnMatch> own = ownIdentifiers.in(accountId, body, findings);
    List<Signal> signals = signals(body);
    String counterpart = counterpart(body);
    OffsetDateTime occurred = occurredAt(body);

    boolean record = !own.isEmpty() || !signals.isEmpty();
    Reason reason = reason(own, signals);
    String occurredText = occurred == null ? null : occurred.toString();
    SuggestedItem item =
        new SuggestedItem(
            kind.name(),
            (occurred == null ? OffsetDateTime.now(clock.withZone(ItemRequest.CHINA)) : occurred)
                .atZoneSameInstant(ItemRequest.CHINA)
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .toString(),
            counterpart,
            body,
            "");
    return new Suggestion(
        kind.name(),
        counterpart,
        signature(body),
        occurredText,
        identifiers,
        !own.isEmpty(),
        own,
        signals,
        record ? "RECORD_AS_EVIDENCE" : "SAFE_TO_IGNORE",
        reason,
        item);
  }

  static EvidenceKind guessKind(String text) {
    if (EMAIL_LIKE_HEADER.matcher(text).find()) {
      return EvidenceKind.EMAIL;
    }
    if (SMS_HINT.matcher(text).find() || LEADING_NUMBER.matcher(text).find()) {
      return EvidenceKind.SMS;
    }
    if (CHAT_HINT.matcher(text).find()) {
      return EvidenceKind.CHAT;
    }
    return EvidenceKind.SMS;
  }

  /** The sender's number or address: an e-mail's From, a number at the start, a link. */
  static String counterpart(String text) {
    Matcher from = EMAIL_HEADER.matcher(text);
    if (from.find()) {
      String line = from.group(1).strip();
      Matcher angle = ANGLE_ADDRESS.matcher(line);
      if (angle.find()) {
        return angle.group(1);
      }
      Matcher address = ADDRESS.matcher(line);
      return address.find() ? address.group() : limit(line);
    }
    Matcher sender = SENDER_LINE.matcher(text);
    if (sender.find()) {
      return sender.group(1).replaceAll("[\\s\\-]", "");
    }
    Matcher leading = LEADING_NUMBER.matcher(text);
    if (leading.find()) {
      return leading.group(2).replaceAll("[\\s\\-]", "");
    }
    Matcher url = URL.matcher(text);
    return url.find() ? limit(url.group()) : null;
  }

  /** An SMS's signature, such as 【某某金融】: who the sender claims to be; null when there is none. */
  static String signature(String text) {
    Matcher tag = SENDER_TAG.matcher(text);
    return tag.find() ? tag.group() : null;
  }

  /** The first date in the text (with its time when given), as Beijing time; null if none. */
  OffsetDateTime occurredAt(String text) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Matcher header = DATE_HEADER.matcher(text);
    if (header.find()) {
      try {
        OffsetDateTime t =
            ZonedDateTime.parse(
                    EmlMessage.cleanDate(header.group(1)), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toOffsetDateTime();
        if (!t.isAfter(now.plusDays(1))) {
          return t;
        }
      } catch (RuntimeException notRfc) {
        // fall through to the Chinese forms
      }
    }
    Matcher full = FULL_DATE_TIME.matcher(text);
    while (full.find()) {
      OffsetDateTime t =
          at(full.group(1), full.group(2), full.group(3), full.group(4), full.group(5), false);
      if (t != null && !t.isAfter(now.plusDays(1))) {
        return t;
      }
    }
    Matcher monthDay = MONTH_DAY_TIME.matcher(text);
    while (monthDay.find()) {
      int year = LocalDate.now(clock.withZone(ItemRequest.CHINA)).getYear();
      boolean afternoon =
          text.startsWith("下午", Math.max(0, monthDay.start(3) - 2))
              || text.startsWith("晚上", Math.max(0, monthDay.start(3) - 2));
      OffsetDateTime t =
          at(
              String.valueOf(year),
              monthDay.group(1),
              monthDay.group(2),
              monthDay.group(3),
              monthDay.group(4),
              monthDay.group(3) != null && afternoon);
      if (t != null && t.isAfter(now.plusDays(1))) {
        t = t.minusYears(1); // "12月30日" read on 2 January
      }
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static OffsetDateTime at(
      String y, String mo, String d, String h, String mi, boolean afternoon) {
    try {
      int hour = h == null ? 0 : Integer.parseInt(h);
      if (afternoon && hour < 12) {
        hour += 12;
      }
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(y),
              Integer.parseInt(mo),
              Integer.parseInt(d),
              hour,
              mi == null ? 0 : Integer.parseInt(mi));
      return local.atZone(ItemRequest.CHINA).toOffsetDateTime();
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static List<Signal> signals(String text) {
    List<Signal> out = new ArrayList<>();
    for (Signal s : RISK_SIGNALS) {
      if (SIGNAL_PATTERNS.get(s.key()).matcher(text).find()) {
        out.add(s);
      }
    }
    return out;
  }

  private static Reason reason(List<OwnMatch> own, List<Signal> signals) {
    Map<String, String[]> typeNames = new LinkedHashMap<>();
    for (OwnMatch m : own) {
      typeNames.putIfAbsent(m.type(), typeName(m.type()));
    }
    if (!own.isEmpty()) {
      String zhTypes = typeNames.values().stream().map(n -> n[0]).collect(Collectors.joining("、"));
      String enTypes = typeNames.values().stream().map(n -> n[1]).collect(Collectors.joining(", "));
      String zh = "消息中出现了你本人的" + zhTypes + "：发送者掌握你的个人信息，这是信息泄露的证据，请记录保存。";
      String en =
          "The message contains your own "
              + enTypes
              + ": the sender holds your personal information. This is evidence of the leak;"
              + " record it.";
      if (!signals.isEmpty()) {
        zh += "消息还" + joinZh(signals) + "，很可能是诈骗：不要回复、不要转账、不要提供验证码。";
        en +=
            " It also "
                + joinEn(signals)
                + ": most likely fraud. Do not reply, pay or share codes.";
      }
      return new Reason(zh, en);
    }
    if (!signals.isEmpty()) {
      return new Reason(
          "消息" + joinZh(signals) + "，这是诈骗的常见手法：请记录为证据，不要回复、不要转账、不要提供验证码，必要时拨打 96110 咨询。",
          "The message "
              + joinEn(signals)
              + ", a common fraud pattern: record it as evidence; do not reply, pay or share"
              + " codes, and call 96110 (anti-fraud hotline) if unsure.");
    }
    return new Reason(
        "消息中没有你登记的个人信息，也没有索要验证码、转账等诈骗特征，像是普通营销信息，可以忽略；如果同一发送者反复发送，再记录下来。",
        "The message contains none of your registered identifiers and no fraud pattern such as"
            + " asking for a code or a transfer: it looks like ordinary marketing and is safe to"
            + " ignore. Record it only if the same sender keeps sending.");
  }

  private static String joinZh(List<Signal> signals) {
    // "；" because the descriptions themselves contain "、"
    return signals.stream().map(Signal::zh).collect(Collectors.joining("；"));
  }

  private static String joinEn(List<Signal> signals) {
    return signals.stream().map(Signal::en).collect(Collectors.joining(", "));
  }

  private static String[] typeName(String type) {
    return switch (type) {
      case "CN_MOBILE" -> new String[] {"手机号码", "mobile number"};
      case "CN_LANDLINE" -> new String[] {"固定电话", "landline number"};
      case "CN_RESIDENT_ID" -> new String[] {"身份证号", "ID number"};
      case "BANK_CARD" -> new String[] {"银行卡号", "bank card number"};
      case "EMAIL" -> new String[] {"电子邮箱", "e-mail address"};
      case "PERSON_NAME" -> new String[] {"姓名", "name"};
      default -> new String[] {"个人信息", type.toLowerCase(Locale.ROOT)};
    };
  }

  private static String limit(String s) {
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
