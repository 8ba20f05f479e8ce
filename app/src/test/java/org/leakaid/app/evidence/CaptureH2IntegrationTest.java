package org.leakaid.app.evidence;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Quick capture, my identifiers and the imports on the embedded H2 database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:capture-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class CaptureH2IntegrationTest extends CaptureContract {
  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = newDataDir().toString(); // once: the supplier runs on every lookup
    registry.add("leakaid.data-dir", () -> dir);
  }
}
