package org.leakaid.app.numbers;

import org.springframework.boot.test.context.SpringBootTest;

/** The numbers API on the embedded H2 database (PostgreSQL mode), as {@code ./leakaid serve}. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:numbers-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "leakaid.numbers.reports-per-day-new-account=5"
    })
class NumbersH2IntegrationTest extends NumbersContract {}
