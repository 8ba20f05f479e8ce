package org.leakaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakaid.numbers.ReportTag;
import org.leakaid.numbers.Verdict;
import org.leakaid.numbers.offline.Label;
import org.leakaid.numbers.offline.OfflineDb;
import org.leakaid.numbers.offline.OfflineDbWriter;
import org.leakaid.numbers.offline.OfflineDelta;
import tools.jackson.databind.JsonNode;

class NumberCommandTest {

  private static final int FRAUD = new Label(Verdict.FRAUD, ReportTag.FRAUD, 4, false).code();
  private static final int MARKETING =
      new Label(Verdict.HARASSMENT, ReportTag.MARKETING, 2, false).code();

  private static byte[] database(long version, long[] keys, int[] codes) {
    return OfflineDbWriter.write(version, keys, codes);
  }

  @Test
  void lookupPrintsTheApiJson() {
    CommandRun run = CommandRun.run("number", "lookup", "+86 138-0013-8000");
    assertThat(run.exit()).isZero();
    JsonNode j = run.json();
    assertThat(j.get("e164").asString()).isEqualTo("+8613800138000");
    assertThat(j.get("region").asString()).isEqualTo("北京市");
    assertThat(j.get("carrier").asString()).isEqualTo("中国移动");
    assertThat(j.get("type").asString()).isEqualTo("MOBILE");
    assertThat(j.get("verdict").asString()).isEqualTo("UNKNOWN");
    assertThat(j.get("reports").size()).isZero();
    JsonNode fake = CommandRun.run("number", "lookup", "+95588").json();
    assertThat(fake.get("verdict").asString()).isEqualTo("FRAUD");
    JsonNode en =
        CommandRun.run("number", "lookup", "13800138000", "--claims", "工商银行", "--lang", "en")
            .json();
    assertThat(en.get("region").asString()).isEqualTo("Beijing");
    assertThat(en.get("verdict").asString()).isEqualTo("SUSPICIOUS");
  }

  @Test
  void lookupOnABuiltDatabase(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("numbers.lknd");
    Files.write(
        db, database(3, new long[] {8613800138000L, 8617012345678L}, new int[] {MARKETING, FRAUD}));
    CommandRun run = CommandRun.run("number", "lookup", "170-1234-5678", "--db", db.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode j = run.json();
    assertThat(j.get("type").asString()).isEqualTo("VIRTUAL_MOBILE");
    assertThat(j.get("verdict").asString()).isEqualTo("FRAUD");
    assertThat(j.get("reports").toString()).isEqualTo("{\"FRAUD\":10}");
    assertThat(j.get("reasons").toString()).contains("离线号码库：至少 10 位用户举报为“诈骗”");
    JsonNode absent =
        CommandRun.run("number", "lookup", "13900139000", "--db", db.toString()).json();
    assertThat(absent.get("verdict").asString()).isEqualTo("UNKNOWN");
  }

  @Test
  void badInputAndDamagedDatabases(@TempDir Path dir) throws Exception {
    CommandRun notANumber = CommandRun.run("number", "lookup", "hello");
    assertThat(notANumber.exit()).isEqualTo(2);
    assertThat(notANumber.err()).startsWith("leakaid number lookup: not a phone number");
    Path db = dir.resolve("numbers.lknd");
    byte[] bytes = database(1, new long[] {8613800138000L}, new int[] {FRAUD});
    bytes[bytes.length / 2] ^= 1;
    Files.write(db, bytes);
    CommandRun damaged = CommandRun.run("number", "lookup", "13800138000", "--db", db.toString());
    assertThat(damaged.exit()).isEqualTo(3);
    assertThat(damaged.err()).contains("checksum");
    assertThat(
            CommandRun.run("number", "lookup", "1", "--db", dir.resolve("none").toString()).exit())
        .isEqualTo(3);
  }

  @Test
  void updateFromAWholeDatabaseThenADelta(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("numbers.lknd");
    byte[] v1 = database(1, new long[] {8613800138000L}, new int[] {MARKETING});
    byte[] v2 = database(2, new long[] {8613800138000L, 8617012345678L}, new int[] {FRAUD, FRAUD});
    Path full = Files.write(dir.resolve("v1.lknd"), v1);
    Path delta =
        Files.write(
            dir.resolve("v1-v2.lkdl"),
            OfflineDelta.between(OfflineDb.read(v1), OfflineDb.read(v2)));

    CommandRun first =
        CommandRun.run("number", "update", "--db", db.toString(), "--from", full.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("updated to version 1: 1 numbers");
    assertThat(Files.readAllBytes(db)).isEqualTo(v1);

    byte[] corrupt = Files.readAllBytes(delta);
    corrupt[70] ^= 4;
    Path bad = Files.write(dir.resolve("bad.lkdl"), corrupt);
    CommandRun refused =
        CommandRun.run("number", "update", "--db", db.toString(), "--from", bad.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("refused", "unchanged");
    assertThat(Files.readAllBytes(db)).isEqualTo(v1);

    CommandRun second =
        CommandRun.run("number", "update", "--db", db.toString(), "--from", delta.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(Files.readAllBytes(db)).isEqualTo(v2);
    CommandRun again =
        CommandRun.run("number", "update", "--db", db.toString(), "--from", delta.toString());
    assertThat(again.exit()).isEqualTo(1); // a delta from version 1 does not fit version 2
    assertThat(Files.readAllBytes(db)).isEqualTo(v2);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void helpShowsAnExample() {
    assertThat(CommandRun.run("number", "lookup", "--help").out()).contains("Examples:", "95588");
    assertThat(CommandRun.run("number", "update", "--help").out()).contains("Examples:", "--from");
    assertThat(CommandRun.run("--help").out()).contains("number");
  }
}
