package org.leakaid.evidence.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakaid.evidence.EvidenceCategory;
import org.leakaid.evidence.EvidenceFile;
import org.leakaid.evidence.EvidenceItem;
import org.leakaid.evidence.EvidenceKind;
import org.leakaid.evidence.ItemAmendment;
import org.leakaid.evidence.NewEvidenceItem;

class CaseLogTest {
  static final Instant T0 = Instant.parse("2026-11-29T08:15:30.250Z");
  static final String SHA = "a".repeat(64);

  static NewEvidenceItem sms(String counterpart, String content) {
    return new NewEvidenceItem(
        EvidenceKind.SMS,
        null,
        OffsetDateTime.parse("2026-11-20T14:03:00+08:00"),
        counterpart,
        content,
        null,
        null,
        null);
  }

  static CaseLog threeEntries() {
    CaseLog log = CaseLog.start("case-1");
    ChainEntry added =
        log.addItem(
            sms("10690000123", "您的贷款已批准"),
            List.of(new EvidenceFile("截图.png", SHA, 1234, "image/png")),
            T0);
    log.amendItem(
        added.itemId(),
        new ItemAmendment(null, null, null, null, null, "第二次收到", null, null),
        T0.plusSeconds(60));
    log.addItem(
        new NewEvidenceItem(
            EvidenceKind.CALL,
            null,
            OffsetDateTime.parse("2026-11-21T09:00:00+08:00"),
            "17000000000",
            null,
            null,
            null,
            null),
        List.of(),
        T0.plusSeconds(120));
    return log;
  }

  @Test
  void hashIsSha256OfTheDocumentedCanonicalForm() throws Exception {
    ChainEntry first = threeEntries().entries().get(0);
    String documented =
        "{\"action\":\"ITEM_ADDED\",\"case\":\"case-1\",\"item\":\""
            + first.itemId()
            + "\",\"payload\":{\"category\":\"ELECTRONIC_DATA\",\"content\":\"您的贷款已批准\","
            + "\"counterpart\":\"10690000123\",\"files\":[{\"name\":\"截图.png\",\"sha256\":\""
            + SHA
            + "\",\"size\":1234,\"type\":\"image/png\"}],\"kind\":\"SMS\","
            + "\"occurredAt\":\"2026-11-20T14:03:00+08:00\"},\"prev\":\""
            + "0".repeat(64)
            + "\",\"seq\":1,\"time\":\"2026-11-29T08:15:30.250Z\"}";
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(documented.getBytes(StandardCharsets.UTF_8)));
    assertThat(first.hash()).isEqualTo(expected);
  }

  @Test
  void eachEntryLinksToThePreviousAndTheHeadIsTheLastHash() {
    CaseLog log = threeEntries();
    List<ChainEntry> entries = log.entries();
    assertThat(entries).extracting(ChainEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(0).prevHash()).isEqualTo(ChainEntry.GENESIS);
    assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).prevHash()).isEqualTo(entries.get(1).hash());
    assertThat(log.head()).isEqualTo(entries.get(2).hash());
    assertThat(log.verify().intact()).isTrue();
  }

  @Test
  void anEditedPayloadIsNamedByItsSequenceNumber() {
    List<ChainEntry> entries = new ArrayList<>(threeEntries().entries());
    ChainEntry e = entries.get(1);
    entries.set(
        1,
        new ChainEntry(
            e.seq(),
            e.time(),
            e.caseId(),
            e.action(),
            e.itemId(),
            "{\"notes\":\"改过的备注\"}",
            e.prevHash(),
            e.hash()));
    ChainVerification v = CaseLog.restore("case-1", entries).verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBadSeq()).isEqualTo(2);
    assertThat(v.message())
        .isEqualTo("entry #2 (ITEM_AMENDED) was edited: its content does not match its hash");
  }

  @Test
  void anEditWithARecomputedHashBreaksTheNextLink() {
    List<ChainEntry> entries = new ArrayList<>(threeEntries().entries());
    ChainEntry e = entries.get(0);
    ChainEntry forged =
        ChainEntry.create(
            1,
            e.time(),
            "case-1",
            e.action(),
            e.itemId(),
            e.payloadJson().put("content", "x"),
            e.prevHash());
    entries.set(0, forged);
    ChainVerification v = CaseLog.restore("case-1", entries).verify();
    assertThat(v.firstBadSeq()).isEqualTo(2);
    assertThat(v.message()).contains("entry #2 does not link to the entry before it");
  }

  @Test
  void aRemovedOrReorderedEntryIsNamed() {
    List<ChainEntry> removed = new ArrayList<>(threeEntries().entries());
    removed.remove(1);
    ChainVerification v = CaseLog.restore("case-1", removed).verify();
    assertThat(v.firstBadSeq()).isEqualTo(2);
    assertThat(v.message())
        .isEqualTo("entry #2 is missing or out of order: entry #3 stands in its place");

    List<ChainEntry> reordered = new ArrayList<>(threeEntries().entries());
    reordered.add(0, reordered.remove(2));
    assertThat(CaseLog.restore("case-1", reordered).verify().firstBadSeq()).isEqualTo(1);

    List<ChainEntry> truncated = new ArrayList<>(threeEntries().entries());
    truncated.remove(2);
    // Dropping the tail keeps a valid chain with another head: only the recorded head shows that.
    CaseLog shorter = CaseLog.restore("case-1", truncated);
    assertThat(shorter.verify().intact()).isTrue();
    assertThat(shorter.head()).isNotEqualTo(threeEntries().head());
  }

  @Test
  void anEntryMovedFromAnotherCaseIsRefused() {
    ChainVerification v = CaseLog.restore("case-2", threeEntries().entries()).verify();
    assertThat(v.message()).isEqualTo("entry #1 belongs to another case");
  }

  @Test
  void itemsReplayAmendmentsAndWithdrawalsWithoutLosingHistory() {
    CaseLog log = threeEntries();
    String smsId = log.entries().get(0).itemId();
    String callId = log.entries().get(2).itemId();
    log.addFile(
        smsId,
        new EvidenceFile("second.png", "b".repeat(64), 99, "image/png"),
        T0.plusSeconds(200));
    log.withdrawItem(callId, "记错了", T0.plusSeconds(300));

    List<EvidenceItem> items = log.items();
    assertThat(items).hasSize(2);
    EvidenceItem sms = items.get(0);
    assertThat(sms.kind()).isEqualTo(EvidenceKind.SMS);
    assertThat(sms.category()).isEqualTo(EvidenceCategory.ELECTRONIC_DATA);
    assertThat(sms.notes()).isEqualTo("第二次收到");
    assertThat(sms.content()).isEqualTo("您的贷款已批准");
    assertThat(sms.files()).extracting(EvidenceFile::name).containsExactly("截图.png", "second.png");
    assertThat(sms.lastChangedAt()).isEqualTo(T0.plusSeconds(200));
    EvidenceItem call = items.get(1);
    assertThat(call.withdrawn()).isTrue();
    assertThat(call.category()).isEqualTo(EvidenceCategory.ELECTRONIC_DATA);
    assertThat(log.entries()).hasSize(5);
    assertThat(log.verify().intact()).isTrue();

    assertThatThrownBy(
            () ->
                log.amendItem(
                    callId,
                    new ItemAmendment(null, null, null, null, "late", null, null, null),
                    T0.plusSeconds(400)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withdrawn");
    assertThatThrownBy(() -> log.withdrawItem("nope", null, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAmendmentCanClearAFieldAndChangeTheCategory() {
    CaseLog log = threeEntries();
    String id = log.entries().get(0).itemId();
    log.amendItem(
        id,
        new ItemAmendment(null, EvidenceCategory.DOCUMENTARY, null, "", null, null, null, null),
        T0.plusSeconds(500));
    EvidenceItem item = log.item(id);
    assertThat(item.counterpart()).isNull();
    assertThat(item.category()).isEqualTo(EvidenceCategory.DOCUMENTARY);
  }

  @Test
  void aLogThatAmendsAnUnknownItemDoesNotVerify() {
    CaseLog log = CaseLog.start("case-1");
    ChainEntry bogus =
        ChainEntry.create(
            1,
            T0,
            "case-1",
            ChainAction.ITEM_AMENDED,
            "ghost",
            tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("notes", "x"),
            ChainEntry.GENESIS);
    ChainVerification v = CaseLog.restore("case-1", List.of(bogus)).verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.message()).isEqualTo("entry #1 refers to item ghost, never added");
    assertThat(log.verify().intact()).isTrue();
  }

  @Test
  void entriesSurviveAJsonRoundTrip() {
    for (ChainEntry e : threeEntries().entries()) {
      assertThat(ChainEntry.fromJson(e.toJson())).isEqualTo(e);
    }
    assertThatThrownBy(
            () ->
                ChainEntry.fromJson(
                    threeEntries().entries().get(0).toJson().put("action", "DELETE")))
        .hasMessage("action \"DELETE\" is unknown");
  }

  @Test
  void defaultCategoriesFollowTheKind() {
    // Call records are electronic data (SPC evidence provisions art. 14(3)), and so is a recording
    // stored on a phone (SPC Civil Procedure Law interpretation art. 116 para. 3).
    assertThat(EvidenceKind.CALL.defaultCategory().zh()).isEqualTo("电子数据");
    assertThat(EvidenceKind.SMS.defaultCategory().zh()).isEqualTo("电子数据");
    assertThat(EvidenceKind.WEB_POST.defaultCategory().zh()).isEqualTo("电子数据");
    assertThat(EvidenceKind.LETTER.defaultCategory().zh()).isEqualTo("书证");
    assertThat(EvidenceKind.IN_PERSON.defaultCategory().zh()).isEqualTo("当事人的陈述");
  }
}
