package org.leakaid.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.leakaid.knowledge.plan.Leaked;

/**
 * The documents of a group of victims of one suspected source, written by its coordinator: a joint
 * civil complaint for a representative action (Civil Procedure Law arts. 56 and 57) or for a
 * consumer organisation's action (PIPL art. 70), and the joint evidence list. Built from the cases
 * of the members who agreed to it, and nothing else: the caller passes only those.
 */
final class JointDocuments {

  private JointDocuments() {}

  static Draft complaint(Documents.JointCase group, Wording wording, Citations citations) {
    List<Block> blocks = new ArrayList<>();
    List<CaseFacts> members = group.members();
    blocks.add(new Block.Title("民事起诉状（共同诉讼）"));
    blocks.add(new Block.Heading("原告"));
    blocks.add(
        new Block.Paragraph(
            "原告共" + members.size() + "人，均为" + group.platform() + "的用户，名单如下（未填写的项目由原告在起诉前补充）。"));
    List<List<String>> plaintiffs = new ArrayList<>();
    plaintiffs.add(List.of("序号", "姓名", "公民身份号码", "住址", "联系电话"));
    for (int i = 0; i < members.size(); i++) {
      Map<String, String> f = members.get(i).fields();
      plaintiffs.add(
          List.of(
              String.valueOf(i + 1),
              or(f.get("fullName")),
              or(f.get("idNumber")),
              or(f.get("address")),
              or(f.get("phone"))));
    }
    blocks.add(new Block.Table(plaintiffs));
    blocks.add(new Block.Heading("被告"));
    blocks.add(new Block.Paragraph(group.platform() + "的运营者（名称、住所、法定代表人和统一社会信用代码由原告在起诉前补充）。"));
    blocks.add(new Block.Heading("诉讼请求"));
    blocks.add(new Block.Paragraph("一、判令被告停止泄露、向他人提供原告的个人信息，并采取补救措施；"));
    blocks.add(new Block.Paragraph("二、判令被告向各原告赔礼道歉，赔偿各原告因个人信息泄露受到的损失；"));
    blocks.add(new Block.Paragraph("三、本案诉讼费用由被告承担。"));
    blocks.add(new Block.Heading("事实与理由"));
    Set<Leaked> leaked = new HashSet<>();
    members.forEach(m -> leaked.addAll(m.leaked()));
    String leakedWords =
        String.join(
            "、",
            java.util.Arrays.stream(Leaked.values())
                .filter(leaked::contains)
                .map(wording::leaked)
                .toList());
    List<CaseFacts.EvidenceEntry> all =
        members.stream().flatMap(m -> m.evidence().stream()).toList();
    LocalDate first =
        all.stream()
            .map(e -> e.occurredAt().toLocalDate())
            .min(Comparator.naturalOrder())
            .orElse(null);
    LocalDate last =
        all.stream()
            .map(e -> e.occurredAt().toLocalDate())
            .max(Comparator.naturalOrder())
            .orElse(null);
    blocks.add(
        new Block.Paragraph(
            "各原告均曾向被告提供个人信息"
                + (leakedWords.isEmpty() ? "" : "（" + leakedWords + "）")
                + "，此后陆续受到陌生人骚扰。各原告共记录骚扰"
                + all.size()
                + "次"
                + (first == null
                    ? "。"
                    : "，最早发生在"
                        + DocumentContext.day(first)
                        + "，最近一次发生在"
                        + DocumentContext.day(last)
                        + "。")));
    List<String> shared = sharedCounterparts(members);
    if (!shared.isEmpty()) {
      blocks.add(
          new Block.Paragraph("以下号码骚扰了两名以上原告，说明各原告的个人信息来自同一来源：" + String.join("、", shared) + "。"));
    }
    BigDecimal lost =
        members.stream().map(CaseFacts::moneyLostYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (lost.signum() > 0) {
      blocks.add(new Block.Paragraph("各原告因此共损失" + DocumentContext.yuan(lost) + "。"));
    }
    blocks.add(
        new Block.Paragraph(
            "证据详见所附《共同证据目录》。被告作为个人信息处理者，未能保障原告个人信息的安全。"
                + citations.cite("PIPL-69")
                + "规定：“"
                + citations.quote("PIPL-69:1")
                + "”"));
    blocks.add(
        new Block.Paragraph(
            "本案原告一方人数众多，诉讼标的是同一种类。"
                + citations.cite("CPL-56")
                + "规定：“"
                + citations.quote("CPL-56")
                + "”"
                + citations.cite("CPL-57")
                + "第一款规定：“"
                + citations.quote("CPL-57:1")
                + "”各原告同意推选代表人进行诉讼。"));
    blocks.add(
        new Block.Paragraph(
            "被告的行为侵害众多个人的权益。"
                + citations.cite("PIPL-70")
                + "规定：“"
                + citations.quote("PIPL-70")
                + "”原告同时请求有关消费者组织依法提起诉讼。"));
    blocks.add(new Block.Flush("此致"));
    blocks.add(new Block.Flush("人民法院"));
    blocks.add(new Block.Signature("具状人：全体原告（代表人签名）"));
    blocks.add(new Block.Signature(DocumentContext.day(group.today())));
    blocks.add(
        new Block.Note(
            "本文书由"
                + (group.coordinator() == null ? "群组协调人" : "协调人" + group.coordinator())
                + "根据同意共享的"
                + members.size()
                + "名成员的材料生成，提交前请律师核对被告信息、诉讼请求和金额。"));
    return new Draft(null, "民事起诉状（共同诉讼）", "共同起诉状", blocks, false);
  }

  static Draft evidenceList(Documents.JointCase group) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Title("共同证据目录"));
    blocks.add(
        new Block.Paragraph(
            "案由：个人信息保护纠纷。被告："
                + group.platform()
                + "的运营者。以下证据来自"
                + group.members().size()
                + "名同意共享材料的原告，按原告和各自证据目录的序号排列。"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("序号", "原告", "证据名称", "时间", "证据来源", "证明对象"));
    int n = 0;
    for (int i = 0; i < group.members().size(); i++) {
      CaseFacts member = group.members().get(i);
      String who = "原告" + (i + 1) + name(member);
      for (CaseFacts.EvidenceEntry e : member.evidence()) {
        n++;
        rows.add(
            List.of(
                String.valueOf(n),
                who,
                e.kind().zh()
                    + "记录"
                    + (e.counterpart().isEmpty() ? "" : "（对方：" + e.counterpart() + "）")
                    + "，原证据目录第"
                    + e.number()
                    + "项",
                DocumentContext.time(e.occurredAt()),
                e.source(),
                e.proves()));
      }
    }
    blocks.add(new Block.Table(rows));
    blocks.add(new Block.Signature("提交人：全体原告（代表人签名）"));
    blocks.add(new Block.Signature(DocumentContext.day(group.today())));
    return new Draft(null, "共同证据目录", "共同证据目录", blocks, false);
  }

  /** Numbers (and other counterparts) that harassed two or more members, most shared first. */
  private static List<String> sharedCounterparts(List<CaseFacts> members) {
    Map<String, Integer> count = new TreeMap<>();
    for (CaseFacts m : members) {
      m.evidence().stream()
          .map(CaseFacts.EvidenceEntry::counterpart)
          .filter(c -> !c.isEmpty())
          .distinct()
          .forEach(c -> count.merge(c, 1, Integer::sum));
    }
    return count.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(20)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String name(CaseFacts member) {
    String name = member.fields().get("fullName");
    return name == null || name.isBlank() ? "" : "（" + name.strip() + "）";
  }

  private static String or(String value) {
    return Objects.requireNonNullElse(value, "").isBlank() ? "（待补充）" : value.strip();
  }
}
