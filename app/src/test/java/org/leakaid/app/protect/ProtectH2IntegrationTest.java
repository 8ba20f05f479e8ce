package org.leakaid.app.protect;

import org.springframework.boot.test.context.SpringBootTest;

/** The protection API and registration rules on the embedded H2 database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:protect-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class ProtectH2IntegrationTest extends ProtectContract {}
