package org.leakaid.app.evidence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The evidence API on the embedded H2 database, as {@code ./leakaid serve} runs it. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:evidence-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "leakaid.evidence.max-file-size=1MB",
      "spring.servlet.multipart.max-file-size=2MB",
      "spring.servlet.multipart.max-request-size=3MB"
    })
class EvidenceH2IntegrationTest extends EvidenceContract {
  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = newDataDir().toString(); // once: the supplier runs on every lookup
    registry.add("leakaid.data-dir", () -> dir);
  }
}
