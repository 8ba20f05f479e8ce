package org.leakaid.app.protect;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.leakaid.app.web.NavLink;
import org.leakaid.protect.password.BreachCheck;
import org.leakaid.protect.password.BreachCorpus;
import org.leakaid.protect.password.CommonPasswords;
import org.leakaid.protect.password.CompactBreachFilter;
import org.leakaid.protect.password.Passphrases;
import org.leakaid.protect.password.PasswordStrength;
import org.leakaid.protect.password.RangeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The protection tools' parts, built once.
 *
 * <p>Breach corpora: the list that ships with LeakAid always; {@code leakaid.protect.breach-corpus}
 * adds one of the operator's: a directory of SHA-1 range files, a filter file made by {@link
 * CompactBreachFilter} ({@code .filter}), or a plain list of passwords or SHA-1s (one a line), from
 * which a filter is built at start-up next to it. The public range API is used only when {@code
 * leakaid.protect.range-api.url} names it and the user ticks "also check online" for one check; it
 * is empty by default (and this project's machines reach no such service).
 */
@Configuration
class ProtectConfig {

  private static final Logger log = LoggerFactory.getLogger(ProtectConfig.class);

  @Bean
  static NavLink protectNav() {
    return new NavLink("nav.protect", "/protect", 30, true);
  }

  @Bean
  PasswordStrength passwordStrength() {
    return new PasswordStrength(10);
  }

  @Bean
  Passphrases passphrases() {
    return new Passphrases();
  }

  @Bean
  BreachCheck breachCheck(
      @Value("${leakaid.protect.breach-corpus:}") String corpus,
      @Value("${leakaid.protect.range-api.url:}") String rangeApi,
      @Value("${leakaid.protect.range-api.timeout:5s}") Duration timeout)
      throws IOException {
    List<BreachCorpus> local = new ArrayList<>();
    local.add(new CommonPasswords());
    if (!corpus.isBlank()) {
      local.add(localCorpus(Path.of(corpus.strip())));
    }
    org.leakaid.protect.password.RangeApi network =
        rangeApi.isBlank()
            ? null
            : new org.leakaid.protect.password.RangeApi(URI.create(rangeApi.strip()), timeout);
    return new BreachCheck(local, network);
  }

  private static BreachCorpus localCorpus(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return new RangeFiles(path);
    }
    if (path.getFileName().toString().endsWith(".filter")) {
      return CompactBreachFilter.open(path);
    }
    Path filter = path.resolveSibling(path.getFileName() + ".filter");
    if (!Files.exists(filter)
        || Files.getLastModifiedTime(filter).compareTo(Files.getLastModifiedTime(path)) < 0) {
      long n = CompactBreachFilter.build(path, filter, 1e-6);
      log.info("Built the breach filter {} from {} entries", filter, n);
    }
    return CompactBreachFilter.open(filter);
  }

  @Bean
  ImageJobs imageJobs(@Value("${leakaid.protect.max-concurrent-images:1}") int concurrent) {
    return new ImageJobs(Math.max(1, concurrent), Duration.ofSeconds(30));
  }
}
