package org.leakaid.evidence.pack;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.leakaid.evidence.EvidenceItem;

/**
 * The evidence list (证据目录) as text, ready for the DOCX and PDF renderers: the six columns courts
 * expect (序号, 证据名称, 证据来源, 证明对象, 日期, 页数/份数) and, per item, the details that a table cell has no room
 * for.
 */
record EvidenceList(String caseId, String generatedAt, String chainHead, List<Row> rows) {

  static final String TITLE = "证据目录";
  static final List<String> HEADERS = List.of("序号", "证据名称", "证据来源", "证明对象", "日期", "页数/份数");
  static final String NOTE =
      "说明：本目录由挽回（LeakAid）根据本案证据记录的哈希链生成。各证据文件的 SHA-256 校验值见 manifest.json 和"
          + " SHA256SUMS.txt，核验方法见「如何核验-HOW-TO-VERIFY.txt」。哈希链头概括了全部记录，"
          + "任何记录或文件被改动都会使核验失败。";

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  /** One listed item: the table cells, then the details. */
  record Row(
      String number,
      String name,
      String source,
      String proves,
      String date,
      String count,
      List<String> details) {

    Row {
      name = printable(name);
      source = printable(source);
      proves = printable(proves);
      details = details.stream().map(EvidenceList::printable).toList();
    }

    List<String> cells() {
      return List.of(number, name, source, proves, date, count);
    }
  }

  /**
   * User text made safe for DOCX (XML 1.0) and PDF: line ends become LF, and control characters
   * other than tab and LF are dropped.
   */
  static String printable(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lf.length());
    lf.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
        .filter(cp -> cp != 0xFFFE && cp != 0xFFFF && (cp < 0xD800 || cp > 0xDFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  static EvidenceList of(
      String caseId, Instant generatedAt, String chainHead, List<PackageLayout.ListedItem> items) {
    return new EvidenceList(
        caseId,
        GENERATED.format(generatedAt) + "（北京时间）",
        chainHead,
        items.stream().map(EvidenceList::row).toList());
  }

  private static Row row(PackageLayout.ListedItem listed) {
    EvidenceItem item = listed.item();
    String name =
        item.kind().zh()
            + "记录"
            + (blank(item.counterpart()) ? "" : "（对方：" + item.counterpart() + "）");
    String count = listed.files().isEmpty() ? "文字记录1份" : listed.files().size() + "份";
    List<String> details = new java.util.ArrayList<>();
    details.add("证据类别：" + item.category().zh());
    details.add("发生时间：" + DAY_TIME.format(item.occurredAt()) + zone(item.occurredAt().getOffset()));
    if (!blank(item.counterpart())) {
      details.add("对方：" + item.counterpart());
    }
    if (!blank(item.content())) {
      details.add("内容：" + item.content());
    }
    if (!blank(item.notes())) {
      details.add("备注：" + item.notes());
    }
    for (PackageLayout.PackagedFile f : listed.files()) {
      details.add(
          "文件：" + f.path() + "（" + f.file().size() + " 字节，SHA-256 " + f.file().sha256() + "）");
    }
    return new Row(
        String.valueOf(listed.number()),
        name,
        item.sourceOrDefault(),
        item.provesOrDefault(),
        DAY_TIME.format(item.occurredAt()),
        count,
        details);
  }

  private static String zone(java.time.ZoneOffset offset) {
    if (offset.getTotalSeconds() == 8 * 3600) {
      return "（北京时间）";
    }
    return offset.getTotalSeconds() == 0 ? "（UTC）" : "（UTC" + offset + "）";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
