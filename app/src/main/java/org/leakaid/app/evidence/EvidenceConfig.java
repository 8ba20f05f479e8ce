package org.leakaid.app.evidence;

import java.io.IOException;
import java.nio.file.Path;
import org.leakaid.app.cases.CasePageLink;
import org.leakaid.evidence.pack.EvidencePackageWriter;
import org.leakaid.evidence.store.EvidenceFileStore;
import org.leakaid.evidence.store.KeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The encrypted file store under {@code <data dir>/evidence}, with its key in a separate file
 * ({@code leakaid.evidence.key-file}, by default {@code <data dir>/keys/evidence.key}, created mode
 * 0600 on first start). Back the key up: without it the stored evidence cannot be read.
 */
@Configuration
class EvidenceConfig {

  @Bean
  EvidenceFileStore evidenceFileStore(
      @Value("${leakaid.data-dir}") Path dataDir,
      @Value("${leakaid.evidence.key-file:}") String keyFile,
      @Value("${leakaid.evidence.max-file-size:${spring.servlet.multipart.max-file-size:20MB}}")
          DataSize maxFileSize)
      throws IOException {
    Path key =
        keyFile.isBlank() ? dataDir.resolve("keys").resolve("evidence.key") : Path.of(keyFile);
    return new EvidenceFileStore(
        dataDir.resolve("evidence"), KeyFile.loadOrCreate(key), maxFileSize.toBytes());
  }

  /** "Evidence" under "more for this case" on the case page. */
  @Bean
  CasePageLink evidenceCasePageLink() {
    return new CasePageLink("case.evidence", "evidence", 10);
  }

  @Bean
  EvidencePackageWriter evidencePackageWriter(EvidenceFileStore store) {
    return new EvidencePackageWriter(store);
  }
}
