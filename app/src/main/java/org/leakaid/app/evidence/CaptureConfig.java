package org.leakaid.app.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.leakaid.evidence.store.KeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secret that keys the hashes of the users' own identifiers: {@code
 * leakaid.identifiers.key-file}, by default {@code <data dir>/keys/identifiers.key}, created mode
 * 0600 on first start. Losing it only means the users must enter their identifiers again.
 */
@Configuration
class CaptureConfig {

  @Bean
  OwnIdentifiers ownIdentifiers(
      JdbcClient jdbc,
      Clock clock,
      @Value("${leakaid.data-dir}") Path dataDir,
      @Value("${leakaid.identifiers.key-file:}") String keyFile)
      throws IOException {
    Path key =
        keyFile.isBlank() ? dataDir.resolve("keys").resolve("identifiers.key") : Path.of(keyFile);
    return new OwnIdentifiers(jdbc, KeyFile.loadOrCreate(key), clock);
  }
}
