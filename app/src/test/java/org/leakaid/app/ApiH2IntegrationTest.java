package org.leakaid.app;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The API contract on the embedded H2 database (PostgreSQL mode), as {@code ./leakaid serve} runs.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:api-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class ApiH2IntegrationTest extends ApiContract {}
