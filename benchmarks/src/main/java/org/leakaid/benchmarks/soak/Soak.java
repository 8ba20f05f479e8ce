package org.leakaid.benchmarks.soak;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.leakaid.evidence.pack.PackageVerification;
import org.leakaid.evidence.pack.PackageVerifier;

/**
 * A soak test of the packaged web app: mixed load (reads, new cases, evidence uploads, plan step
 * updates) for a set time against {@code app/target/leakaid-app.jar}, started from an empty data
 * directory with a short connection lifetime so the database pool replaces its connections many
 * times (the evidence locker once stopped working after the first replacement). Counts every answer
 * that is not the expected 2xx as an error, samples the server's resident memory and its files, and
 * at the end exports every case's evidence package and verifies it offline.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.leakaid.benchmarks.soak.Soak \
 *     [--jar app/target/leakaid-app.jar] [--minutes 10] [--threads 4] [--max-lifetime-ms 30000]
 *     [-- extra app arguments, e.g. --spring.datasource.url=...]
 * </pre>
 *
 * Exit code 0 when there were no errors and every package verified, 1 otherwise. A soak, not a
 * speed benchmark: latencies are printed to show nothing degrades over time, not as targets.
 */
public final class Soak {
  private static final Pattern SERVING = Pattern.compile("serving on (http://\\S+)");
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
  private static final Pattern STEP_KEY = Pattern.compile("\"key\":\"([a-z0-9-]+)\"");

  record User(String token, List<String> cases, String step) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, Ops> ops = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
  private final AtomicLong errors = new AtomicLong();
  private String base;

  /** Counts and latencies of one kind of request. */
  static final class Ops {
    final AtomicLong count = new AtomicLong();
    final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();

    void add(long nanos) {
      count.incrementAndGet();
      micros.add(nanos / 1000);
    }

    String summary() {
      long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
      if (sorted.length == 0) {
        return "0";
      }
      return String.format(
          Locale.ROOT,
          "%d, p50 %.1f ms, p99 %.1f ms",
          count.get(),
          sorted[sorted.length / 2] / 1000.0,
          sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1000.0);
    }
  }

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("app/target/leakaid-app.jar");
    int minutes = 10;
    int threads = 4;
    long maxLifetimeMs = 30_000;
    List<String> appArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = Path.of(args[++i]);
        case "--minutes" -> minutes = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--max-lifetime-ms" -> maxLifetimeMs = Long.parseLong(args[++i]);
        case "--" -> appArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (args[i].equals("--")) {
        break;
      }
    }
    System.exit(new Soak().run(jar, minutes, threads, maxLifetimeMs, appArgs) ? 0 : 1);
  }

  boolean run(Path jar, int minutes, int threads, long maxLifetimeMs, List<String> appArgs)
      throws Exception {
    Path data = Files.createTempDirectory("leakaid-soak");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-jar", jar.toString(), "--server.port=0"));
    command.add("--spring.datasource.hikari.max-lifetime=" + maxLifetimeMs);
    command.addAll(appArgs);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LEAKAID_DATA", data.toString());
    Process app = builder.start();
    Path log = data.resolveSibling(data.getFileName() + ".log");
    base = awaitUrl(app, log);
    System.out.printf(
        "soak: %s, data %s, %d threads, %d min, pool maxLifetime %d ms, log %s%n",
        base, data, threads, minutes, maxLifetimeMs, log);

    List<User> users = new ArrayList<>();
    for (int i = 0; i < threads * 2; i++) {
      users.add(newUser());
    }
    Instant end = Instant.now().plus(Duration.ofMinutes(minutes));
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long seed = t;
      Thread worker = new Thread(() -> work(users, end, new Random(seed)), "soak-" + t);
      worker.start();
      workers.add(worker);
    }
    List<String> samples = new ArrayList<>();
    while (Instant.now().isBefore(end)) {
      samples.add(sample(app, data));
      System.out.println(samples.get(samples.size() - 1));
      Thread.sleep(30_000);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    samples.add(sample(app, data));

    int verified = 0;
    int broken = 0;
    for (User user : users) {
      for (String caseId : user.cases()) {
        HttpResponse<byte[]> zip =
            send(get("/api/cases/" + caseId + "/evidence/export", user.token()), "export");
        Path file = data.resolveSibling("soak-" + caseId + ".zip");
        Files.write(file, zip.body());
        PackageVerification v = PackageVerifier.verify(file);
        Files.delete(file);
        if (v.intact()) {
          verified++;
        } else {
          broken++;
          firstErrors.add("package of a case does not verify: " + v.message());
        }
      }
    }
    app.destroy();
    app.waitFor(30, TimeUnit.SECONDS);

    System.out.println();
    System.out.printf(
        "soak: %d min, %d threads, pool maxLifetime %d ms (about %d turnovers per connection)%n",
        minutes, threads, maxLifetimeMs, minutes * 60_000L / maxLifetimeMs);
    ops.forEach((name, o) -> System.out.printf("  %-14s %s%n", name, o.summary()));
    System.out.printf("  errors         %d%n", errors.get());
    System.out.printf("  packages       %d verified, %d broken%n", verified, broken);
    System.out.println("  first and last samples:");
    System.out.println("    " + samples.get(0));
    System.out.println("    " + samples.get(samples.size() - 1));
    firstErrors.stream().limit(10).forEach(e -> System.out.println("  error: " + e));
    return errors.get() == 0 && broken == 0;
  }

  private void work(List<User> users, Instant end, Random random) {
    while (Instant.now().isBefore(end)) {
      User user = users.get(random.nextInt(users.size()));
      String caseId = user.cases().get(random.nextInt(user.cases().size()));
      int dice = random.nextInt(100);
      try {
        if (dice < 30) {
          send(get("/api/cases/" + caseId, user.token()), "read case");
        } else if (dice < 50) {
          send(get("/api/cases/" + caseId + "/evidence", user.token()), "read evidence");
        } else if (dice < 55) {
          send(get("/api/law/articles/PIPL-47", user.token()), "read law");
        } else if (dice < 60) {
          synchronized (user.cases()) {
            user.cases().add(newCase(user.token()));
          }
        } else if (dice < 90) {
          upload(user.token(), caseId, random);
        } else {
          String status = random.nextBoolean() ? "DONE" : "TODO";
          send(
              json(
                  "PATCH",
                  "/api/cases/" + caseId + "/steps/" + user.step(),
                  user.token(),
                  "{\"status\":\"" + status + "\",\"note\":\"soak\"}"),
              "step update");
        }
      } catch (Exception e) {
        error("request failed: " + e);
      }
    }
  }

  private User newUser() throws Exception {
    String credentials =
        "{\"username\":\"soak"
            + UUID.randomUUID().toString().substring(0, 8)
            + "\",\"password\":\"correct horse battery staple 42\"}";
    send(json("POST", "/api/auth/register", null, credentials), "register");
    String token = match(TOKEN, send(json("POST", "/api/auth/token", null, credentials), "token"));
    List<String> cases = new ArrayList<>();
    cases.add(newCase(token));
    String step = match(STEP_KEY, send(get("/api/cases/" + cases.get(0), token), "read case"));
    return new User(token, java.util.Collections.synchronizedList(cases), step);
  }

  private String newCase(String token) throws Exception {
    return match(
        ID,
        send(
            json(
                "POST",
                "/api/cases",
                token,
                "{\"leaked\":[\"PHONE\",\"NAME\"],\"symptoms\":[\"HARASSING_CALLS\"],"
                    + "\"moneyLostYuan\":0,\"suspectedSource\":\"快递\",\"noticedOn\":\"2026-11-01\"}"),
            "new case"));
  }

  private void upload(String token, String caseId, Random random) throws Exception {
    byte[] png = new byte[20_000 + random.nextInt(200_000)];
    random.nextBytes(png);
    System.arraycopy(HexFormat.of().parseHex("89504e470d0a1a0a"), 0, png, 0, 8);
    String boundary = "----soak" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"item\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"kind\":\"SMS\",\"occurredAt\":\"2026-11-20T14:03:00+08:00\","
                + "\"counterpart\":\"10690000123\",\"content\":\"【某贷】你的借款已逾期\"}\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"截图.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(png);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    send(
        HttpRequest.newBuilder(URI.create(base + "/api/cases/" + caseId + "/evidence"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        "upload");
  }

  private HttpRequest get(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private HttpRequest json(String method, String path, String token, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private HttpResponse<byte[]> send(HttpRequest request, String kind) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    ops.computeIfAbsent(kind, k -> new Ops()).add(System.nanoTime() - start);
    if (response.statusCode() / 100 != 2) {
      error(
          kind
              + " answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8)
                  .substring(0, Math.min(200, response.body().length)));
    }
    return response;
  }

  private void error(String message) {
    if (errors.incrementAndGet() <= 10) {
      firstErrors.add(Instant.now() + " " + message);
    }
  }

  private static String match(Pattern pattern, HttpResponse<byte[]> response) {
    Matcher m = pattern.matcher(new String(response.body(), StandardCharsets.UTF_8));
    if (!m.find()) {
      throw new IllegalStateException("unexpected answer " + response.statusCode());
    }
    return m.group(1);
  }

  private String sample(Process app, Path data) throws IOException {
    long rssKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + app.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rssKb = Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    long total = ops.values().stream().mapToLong(o -> o.count.get()).sum();
    return String.format(
        Locale.ROOT,
        "%s requests %d, errors %d, RSS %d MB, database file %.1f MB, evidence files %.1f MB",
        Instant.now().toString().substring(11, 19),
        total,
        errors.get(),
        rssKb / 1024,
        size(data.resolve("leakaid.mv.db")) / 1e6,
        size(data.resolve("evidence")) / 1e6);
  }

  private static long size(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static String awaitUrl(Process app, Path log) throws Exception {
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                  Files.writeString(
                      log,
                      line + "\n",
                      StandardCharsets.UTF_8,
                      java.nio.file.StandardOpenOption.CREATE,
                      java.nio.file.StandardOpenOption.APPEND);
                  Matcher m = SERVING.matcher(line);
                  if (m.find()) {
                    url.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                url.completeExceptionally(e);
              }
              url.completeExceptionally(new IllegalStateException("the app exited; see " + log));
            });
    pump.setDaemon(true);
    pump.start();
    return url.get(3, TimeUnit.MINUTES);
  }
}
