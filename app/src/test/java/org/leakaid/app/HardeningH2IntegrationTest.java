package org.leakaid.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The probe's requests against the app on the embedded H2 database, as {@code serve} runs it. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hardening;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      HardeningContract.PROPERTIES_TRUSTED_PROXY,
      HardeningContract.PROPERTIES_REGISTRATIONS,
      HardeningContract.PROPERTIES_USERNAME_CEILING
    })
class HardeningH2IntegrationTest extends HardeningContract {

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    String dir = newDataDir().toString(); // once: the supplier runs on every lookup
    registry.add("leakaid.data-dir", () -> dir);
  }
}
