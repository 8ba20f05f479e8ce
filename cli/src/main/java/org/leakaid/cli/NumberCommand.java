package org.leakaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leakaid.numbers.Community;
import org.leakaid.numbers.InvalidNumberException;
import org.leakaid.numbers.LookupJson;
import org.leakaid.numbers.NumberClassifier;
import org.leakaid.numbers.NumberFacts;
import org.leakaid.numbers.NumberLookup;
import org.leakaid.numbers.offline.CorruptDataException;
import org.leakaid.numbers.offline.OfflineDb;
import org.leakaid.numbers.offline.OfflineDelta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leakaid number lookup|update}: who is calling, offline. */
@Command(
    name = "number",
    mixinStandardHelpOptions = true,
    description = {
      "Who is calling: look a number up (type, region, carrier, official body, verdict), offline"
          + " with a number database, and keep that database up to date.",
      "查号码：号码类型、归属地、运营商、官方机构和结论；可用离线号码库，并增量更新。"
    },
    subcommands = {NumberCommand.Lookup.class, NumberCommand.Update.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./leakaid number lookup '+86 138 0013 8000'",
      "  ./leakaid number lookup 17012345678 --db numbers.lknd",
      "  LEAKAID_TOKEN=lk_... ./leakaid number update --db numbers.lknd"
          + " --from http://127.0.0.1:8080/api/numbers/offline-db"
    })
final class NumberCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description = {
        "Prints one line of JSON, the same as GET /api/numbers/{number}: input, e164, valid, type,"
            + " region, carrier, verdict, reasons, reports, official, notes, extension.",
        "With --db the users' reports come from an offline number database."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:looked up",
        "2:bad usage, or not a phone number",
        "3:the database cannot be read or is damaged"
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./leakaid number lookup 95588",
        "  ./leakaid number lookup '+95588'            (an imitation: FRAUD)",
        "  ./leakaid number lookup 13800138000 --claims 工商银行 --lang en",
        "  ./leakaid number lookup 17012345678 --db numbers.lknd"
      })
  static final class Lookup implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "a number in any written form")
    String number;

    @Option(names = "--db", paramLabel = "FILE", description = "an offline number database")
    Path db;

    @Option(
        names = "--claims",
        paramLabel = "NAME",
        description = "who the caller said they were (工商银行, 顺丰, ...)")
    String claims;

    @Option(
        names = "--lang",
        paramLabel = "zh-CN|en",
        defaultValue = "zh-CN",
        description = "language of the texts (default: ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Locale locale =
          lang.toLowerCase(Locale.ROOT).startsWith("en")
              ? Locale.ENGLISH
              : Locale.SIMPLIFIED_CHINESE;
      NumberFacts facts;
      try {
        facts = NumberClassifier.classify(number, locale);
      } catch (InvalidNumberException e) {
        err.println("leakaid number lookup: not a phone number: " + e.getMessage());
        return 2;
      }
      Community community = Community.NONE;
      if (db != null) {
        try {
          OfflineDb database = OfflineDb.open(db);
          community = Community.of(facts.key() < 0 ? null : database.lookup(facts.key()));
        } catch (IOException e) {
          err.println("leakaid number lookup: cannot read " + db + ": " + e.getMessage());
          return 3;
        } catch (CorruptDataException e) {
          err.println("leakaid number lookup: " + db + ": " + e.getMessage());
          return 3;
        }
      }
      out.println(LookupJson.write(NumberLookup.lookup(facts, community, claims, locale)));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = {
        "Updates an offline number database from a file or a URL: a whole database replaces FILE,"
            + " a delta is applied to it. From a URL that serves the database"
            + " (.../api/numbers/offline-db) it asks for a delta since FILE's version and falls back"
            + " to the whole database. The URL's bearer token comes from LEAKAID_TOKEN.",
        "A damaged download or a delta that does not fit FILE is refused and FILE stays as it"
            + " was: the new file is written beside it and moved into place only when it checks."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:updated (or already up to date): one line with the version and the count",
        "1:refused: the download or delta is damaged or does not fit FILE (FILE unchanged)",
        "2:bad usage",
        "3:cannot read or write a file, or the server cannot be reached"
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./leakaid number update --db numbers.lknd --from leakaid-numbers-v42.lknd",
        "  ./leakaid number update --db numbers.lknd --from leakaid-numbers-v42-v57.lkdl",
        "  LEAKAID_TOKEN=lk_... ./leakaid number update --db numbers.lknd"
            + " --from http://127.0.0.1:8080/api/numbers/offline-db"
      })
  static final class Update implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the database")
    Path db;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "URL-or-FILE",
        description = "a database or delta file, or the server's offline-db URL")
    String from;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        OfflineDb current = Files.exists(db) ? OfflineDb.open(db) : null;
        OfflineDb updated;
        if (from.startsWith("http://") || from.startsWith("https://")) {
          updated = fromServer(current);
        } else {
          updated = fromBytes(current, Files.readAllBytes(Path.of(from)));
        }
        if (current != null
            && updated.version() == current.version()
            && java.util.Arrays.equals(updated.checksum(), current.checksum())) {
          out.println(
              "up to date: version " + current.version() + ", " + current.size() + " numbers");
          return 0;
        }
        replace(db, updated.bytes());
        out.println(
            "updated to version "
                + updated.version()
                + ": "
                + updated.size()
                + " numbers, "
                + updated.byteSize()
                + " bytes");
        return 0;
      } catch (CorruptDataException e) {
        err.println("leakaid number update: refused, " + db + " unchanged: " + e.getMessage());
        return 1;
      } catch (IOException e) {
        err.println("leakaid number update: " + e.getMessage());
        return 3;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 3;
      } finally {
        out.flush();
        err.flush();
      }
    }

    private static OfflineDb fromBytes(OfflineDb current, byte[] bytes)
        throws CorruptDataException {
      if (!OfflineDelta.isDelta(bytes)) {
        return OfflineDb.read(bytes);
      }
      if (current == null) {
        throw new CorruptDataException(
            "a delta needs a database to apply to; download the whole database first");
      }
      return OfflineDelta.apply(current, bytes);
    }

    private OfflineDb fromServer(OfflineDb current)
        throws IOException, InterruptedException, CorruptDataException {
      HttpClient http =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      if (current != null && !from.contains("since=")) {
        String url =
            from
                + (from.contains("?") ? "&" : "?")
                + "since="
                + URLEncoder.encode(Long.toString(current.version()), StandardCharsets.UTF_8);
        try {
          return OfflineDelta.apply(current, get(http, url));
        } catch (CorruptDataException notApplicable) {
          // The local file differs from the server's history: take the whole database instead.
        }
      }
      return fromBytes(current, get(http, from));
    }

    private static byte[] get(HttpClient http, String url)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
      String token = System.getenv("LEAKAID_TOKEN");
      if (token != null && !token.isBlank()) {
        request.header("Authorization", "Bearer " + token.strip());
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException(
            url.replaceAll("\\?.*", "")
                + " answered HTTP "
                + response.statusCode()
                + (response.statusCode() == 401 ? " (set LEAKAID_TOKEN to an API token)" : ""));
      }
      return response.body();
    }

    /** Writes beside {@code target}, forces it to disk, then moves it over in one step. */
    private static void replace(Path target, byte[] bytes) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
      try {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          channel.write(java.nio.ByteBuffer.wrap(bytes));
          channel.force(true);
        }
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
