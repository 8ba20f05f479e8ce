package org.leakaid.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app ({@code app/target/leakaid-app.jar}, as {@code ./leakaid serve} runs it) in a
 * process of its own: started on a free port, killed like a crash, started again on the same data.
 */
public final class ShippedApp implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving on (http://\\S+)");

  private final Path dataDir;
  private final List<String> properties;
  private final Path log;
  private Process process;
  private String baseUrl;

  /**
   * @param dataDir the app's data directory ({@code LEAKAID_DATA})
   * @param properties Spring properties passed as {@code --name=value}
   */
  public ShippedApp(Path dataDir, Map<String, String> properties) {
    this.dataDir = dataDir;
    this.properties = new ArrayList<>();
    properties.forEach((name, value) -> this.properties.add("--" + name + "=" + value));
    this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
  }

  public static Path jar() {
    Path jar = Path.of(System.getProperty("leakaid.app.jar", "target/leakaid-app.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run the package phase first");
    }
    return jar;
  }

  /** Starts the app and returns once it prints its URL (at most two minutes). */
  public ShippedApp start() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.add("--server.port=0");
    command.addAll(properties);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("LEAKAID_DATA", dataDir.toString());
    process = builder.start();
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
    try {
      baseUrl = url.get(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "the app did not start: " + e.getMessage() + "; see " + log, e);
    }
    return this;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** SIGKILL, as a crash or a power cut of the process: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
