package org.leakaid.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.leakaid.app.cases.OwnedCase;
import org.leakaid.app.evidence.EvidenceViews.ItemView;
import org.leakaid.app.web.HttpProblem;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.NewEvidenceItem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Bulk imports into the evidence locker: {@code .eml} files (one e-mail item each, the original
 * file kept as the item's file so its SHA-256 is in the log) and call logs as CSV (one call item
 * per good row; bad rows reported by line, calls already recorded skipped).
 */
@Service
class EvidenceImports {
  static final int MAX_CALL_LOG_BYTES = 5 * 1024 * 1024;
  private static final int MAX_CONTENT = 100_000;

  /** What a call-log import did. {@code duplicates}: rows already recorded, not added again. */
  record CallImportReport(
      String encoding,
      int imported,
      int duplicates,
      List<CallLogCsv.BadRow> badRows,
      List<String> itemIds) {}

  /** An uploaded file: its name and a way to open it (more than once). */
  record UploadedFile(String name, EvidenceLocker.InputStreamSource content) {}

  private final EvidenceLocker locker;
  private final Clock clock;

  EvidenceImports(EvidenceLocker locker, Clock clock) {
    this.locker = locker;
    this.clock = clock;
  }

  /** Records one e-mail item per file; nothing is recorded if any file is not an e-mail. */
  List<ItemView> importEml(OwnedCase owned, List<UploadedFile> files) {
    if (files.isEmpty() || files.size() > EvidenceLocker.MAX_FILES_PER_ITEM) {
      throw HttpProblem.badRequest(
          "INVALID_INPUT", "files: send 1 to " + EvidenceLocker.MAX_FILES_PER_ITEM + " .eml files");
    }
    List<NewEvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      UploadedFile file = files.get(i);
      try (InputStream in = file.content().open()) {
        items.add(emailItem(EmlMessage.parse(in)));
      } catch (EmlMessage.NotAnEmail e) {
        throw new HttpProblem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "NOT_AN_EMAIL",
            "files[" + i + "] " + ItemRequest.quote(file.name()) + ": " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException("could not read an uploaded e-mail", e);
      }
    }
    List<ItemView> recorded = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      UploadedFile file = files.get(i);
      String name = file.name() == null || file.name().isBlank() ? "message.eml" : file.name();
      recorded.add(
          locker.record(
              owned, items.get(i), List.of(new EvidenceLocker.Upload(name, file.content()))));
    }
    return recorded;
  }

  private NewEvidenceItem emailItem(EmlMessage mail) {
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ItemRequest.CHINA));
    OffsetDateTime when = mail.date();
    String notes = "从邮件原件（.eml）导入。";
    if (when == null || when.isAfter(now.plusDays(1))) {
      when = now.truncatedTo(ChronoUnit.SECONDS);
      notes += "邮件没有可读的发送日期（Date），发生时间暂记为导入时间，请核对修改。";
    }
    StringBuilder content = new StringBuilder();
    line(content, "主题", mail.subject());
    line(content, "发件人", mail.from());
    line(content, "收件人", mail.to());
    line(content, "日期", mail.date() == null ? null : mail.date().toString());
    content.append('\n').append(mail.body());
    if (!mail.received().isEmpty()) {
      StringBuilder chain = new StringBuilder("\n传输路径（Received，由近及远）：");
      for (int i = 0; i < mail.received().size(); i++) {
        chain.append('\n').append(i + 1).append(". ").append(mail.received().get(i));
      }
      notes += chain;
    }
    String counterpart = mail.fromAddress() != null ? mail.fromAddress() : mail.from();
    return new NewEvidenceItem(
        EvidenceKind.EMAIL,
        null,
        when,
        clip(counterpart, 1000),
        clip(clean(content.toString()), MAX_CONTENT),
        clip(clean(notes), MAX_CONTENT),
        null,
        null);
  }

  /** Records one call item per good row of a call log. */
  CallImportReport importCalls(OwnedCase owned, String fileName, InputStream in)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_CALL_LOG_BYTES + 1);
    if (bytes.length > MAX_CALL_LOG_BYTES) {
      throw new HttpProblem(
          HttpStatus.CONTENT_TOO_LARGE,
          "FILE_TOO_LARGE",
          "file: a call log may be at most " + MAX_CALL_LOG_BYTES / (1024 * 1024) + " MB");
    }
    CallLogCsv.Parsed parsed;
    try {
      parsed = CallLogCsv.parse(bytes, OffsetDateTime.now(clock));
    } catch (CallLogCsv.UnreadableLog e) {
      throw HttpProblem.badRequest("INVALID_CALL_LOG", e.getMessage());
    }
    String source = fileName == null || fileName.isBlank() ? "CSV" : fileName.strip();
    List<NewEvidenceItem> items = new ArrayList<>();
    for (CallLogCsv.Call call : parsed.calls()) {
      items.add(
          new NewEvidenceItem(
              EvidenceKind.CALL,
              null,
              call.time(),
              call.number(),
              describe(call),
              clip("从通话记录导入（" + source + "，第 " + call.line() + " 行）。", 1000),
              null,
              null));
    }
    List<ItemView> recorded =
        items.isEmpty()
            ? List.of()
            : locker.recordAllNew(
                owned,
                items,
                (EvidenceItem i) -> callKey(i.kind(), i.occurredAt(), i.counterpart()),
                (NewEvidenceItem i) -> callKey(i.kind(), i.occurredAt(), i.counterpart()));
    List<String> ids = recorded.stream().filter(v -> v != null).map(ItemView::id).toList();
    return new CallImportReport(
        parsed.encoding(), ids.size(), recorded.size() - ids.size(), parsed.badRows(), ids);
  }

  /**
   * Two records are the same call when kind, number (digits only, country code dropped) and minute
   * agree: phones export seconds, hand-entered items do not.
   */
  static String callKey(EvidenceKind kind, OffsetDateTime at, String counterpart) {
    String digits = counterpart == null ? "" : counterpart.replaceAll("\\D", "");
    if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    return kind + "|" + digits + "|" + at.toInstant().truncatedTo(ChronoUnit.MINUTES);
  }

  private static String describe(CallLogCsv.Call call) {
    String direction = call.direction() == null ? "通话" : call.direction().zh;
    if (call.direction() == CallLogCsv.Direction.MISSED
        || call.direction() == CallLogCsv.Direction.REJECTED) {
      return direction;
    }
    return call.seconds() == null ? direction : direction + "，通话 " + call.seconds() + " 秒";
  }

  private static void line(StringBuilder out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.append(label).append("：").append(value.strip()).append('\n');
    }
  }

  /** Control characters other than line breaks and tabs would be refused by the item. */
  private static String clean(String s) {
    return s == null
        ? null
        : s.codePoints()
            .filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
  }

  private static String clip(String s, int max) {
    if (s == null) {
      return null;
    }
    String c = clean(s);
    return c.length() > max ? c.substring(0, max) : c;
  }
}
