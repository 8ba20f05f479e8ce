package org.leakaid.protect.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breach checks against corpora built here, and the range API against a server on loopback. */
class BreachCheckTest {

  static final List<String> BREACHED = List.of("Hunter2-Hunter2", "qinqin-baobei-2019", "密码很安全123");

  @Test
  void theSha1IsTheOneBreachListsUse() {
    assertThat(BreachCorpus.sha1("password")).isEqualTo("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
  }

  @Test
  void theShippedListHasTheCommonPasswordsOfChineseLeaks() {
    CommonPasswords common = new CommonPasswords();
    assertThat(common.size()).isGreaterThan(95_000);
    for (String p : List.of("123456", "woaini1314", "5201314", "dearbook", "1qaz2wsx")) {
      assertThat(common.contains(BreachCorpus.sha1(p))).as(p).isTrue();
    }
    assertThat(common.contains(BreachCorpus.sha1("xigua-laohu-shanfeng-8241"))).isFalse();
  }

  @Test
  void rangeFilesAsTheDownloaderWritesThem(@TempDir Path dir) throws IOException {
    for (String p : BREACHED) {
      String sha1 = BreachCorpus.sha1(p);
      Path file = dir.resolve(sha1.substring(0, 5) + ".txt");
      Files.writeString(
          file,
          "0000000000000000000000000000000000A:0\r\n" + sha1.substring(5) + ":42\r\n",
          StandardCharsets.US_ASCII,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    RangeFiles files = new RangeFiles(dir);
    for (String p : BREACHED) {
      assertThat(files.contains(BreachCorpus.sha1(p))).as(p).isTrue();
    }
    assertThat(files.contains(BreachCorpus.sha1("not-in-there-at-all"))).isFalse();
  }

  @Test
  void aCompactFilterBuiltFromAListOfPasswordsAndHashes(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("breached.txt");
    StringBuilder lines = new StringBuilder();
    lines.append(BREACHED.get(0)).append('\n');
    lines.append(BREACHED.get(1)).append('\n');
    lines.append(BreachCorpus.sha1(BREACHED.get(2)).toLowerCase()).append(":7\n");
    for (int i = 0; i < 20_000; i++) {
      lines.append("filler-").append(i).append('\n');
    }
    Files.writeString(list, lines, StandardCharsets.UTF_8);
    Path filterFile = dir.resolve("breached.filter");

    long n = CompactBreachFilter.build(list, filterFile, 1e-6);

    assertThat(n).isEqualTo(20_003);
    assertThat(Files.size(filterFile)).isLessThan(20_003L * 30 / 8 + 100);
    CompactBreachFilter filter = CompactBreachFilter.open(filterFile);
    for (String p : BREACHED) {
      assertThat(filter.contains(BreachCorpus.sha1(p))).as(p).isTrue();
    }
    assertThat(filter.contains(BreachCorpus.sha1("filler-19999"))).isTrue();
    int falseMatches = 0;
    for (int i = 0; i < 20_000; i++) {
      if (filter.contains(BreachCorpus.sha1("never-listed-" + i))) {
        falseMatches++;
      }
    }
    assertThat(falseMatches).isLessThanOrEqualTo(1);
  }

  @Test
  void aFileThatIsNoFilterIsRefused(@TempDir Path dir) throws IOException {
    Path junk = dir.resolve("junk.filter");
    Files.writeString(junk, "this is not a filter at all, just text");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompactBreachFilter.open(junk))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a breach filter");
  }

  @Test
  void theRangeApiIsSentFiveHexDigitsAndNothingElse() throws IOException {
    List<String> requests = new CopyOnWriteArrayList<>();
    String breachedSha1 = BreachCorpus.sha1(BREACHED.get(0));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/range/",
        exchange -> {
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " padding="
                  + exchange.getRequestHeaders().getFirst("Add-Padding"));
          String body = breachedSha1.substring(5) + ":3\r\n" + "F".repeat(35) + ":0\r\n";
          byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    try {
      RangeApi api =
          new RangeApi(
              URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/range/"),
              Duration.ofSeconds(5));
      BreachCheck check = new BreachCheck(List.of(), api);

      BreachCheck.Outcome offline = check.check(BREACHED.get(0), false);
      assertThat(offline.breached()).isNull();
      assertThat(requests).isEmpty();

      BreachCheck.Outcome found = check.check(BREACHED.get(0), true);
      assertThat(found.breached()).isTrue();
      assertThat(found.checked()).containsExactly("RANGE_API");
      BreachCheck.Outcome notFound = check.check("FFFFF-surely-not-listed", true);
      assertThat(notFound.breached()).isFalse();

      assertThat(requests).hasSize(2);
      assertThat(requests.get(0))
          .isEqualTo("GET /range/" + breachedSha1.substring(0, 5) + " padding=true");
      for (String r : requests) {
        assertThat(r).matches("GET /range/[0-9A-F]{5} padding=true");
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anUnreachableRangeApiSaysSoAndTheLocalAnswerStands() {
    RangeApi api = new RangeApi(URI.create("http://127.0.0.1:9/range/"), Duration.ofSeconds(2));
    BreachCheck check = new BreachCheck(List.of(new CommonPasswords()), api);
    BreachCheck.Outcome outcome = check.check("xigua-laohu-shanfeng-8241", true);
    assertThat(outcome.breached()).isFalse();
    assertThat(outcome.checked()).containsExactly("COMMON_PASSWORDS");
    assertThat(outcome.networkFailure()).contains("could not be reached");
    assertThat(check.check("woaini1314", true).breached()).isTrue();
  }
}
