package org.leakaid.app.sources;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sources API on the embedded H2 database (PostgreSQL mode), as {@code ./leakaid serve}. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:sources-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "leakaid.registration.max-per-address=10000"
    })
class SourcesH2IntegrationTest extends SourcesContract {

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = newDataDir().toString();
    registry.add("leakaid.data-dir", () -> dir);
  }
}
